// One dedicated PostgreSQL connection that LISTENs on a channel, for news another process commits:
// PostgreSQL delivers a NOTIFY only on commit, to every listening connection on that database, so
// every server hears of a change whichever server made it. If the connection is lost it is reopened
// with a back-off (1 s doubling to 30 s); one line is logged when it is lost and one when it is back.
import type net from "node:net";
import pg from "pg";
import { databaseTimeouts } from "@/lib/platform/db-timeouts";

/** LISTEN and session locks need a direct connection: a pooler in transaction mode drops both. */
export function directDatabaseUrl(): string | undefined {
  return process.env.DATABASE_DIRECT_URL || process.env.DATABASE_URL;
}

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

export type NotifyListener = {
  /** Resolves once LISTEN is in place (the first time), or when the listener gives up or is stopped. */
  ready: Promise<void>;
  stop(): Promise<void>;
};

export type NotifyListenerOptions = {
  channel: string;
  /** Shown in pg_stat_activity, so an operator can tell the connections apart. */
  applicationName: string;
  /** What the log lines say is lost, e.g. "Search: lost the outbox notification connection". */
  lostMessage: string;
  restoredMessage: string;
  /** What happens meanwhile, e.g. "polling until it is back". */
  meanwhile: string;
  connectionString?: string;
};

/**
 * Calls `onNotify` with the payload of every notification on the channel, and once without one after each
 * (re)connection, since changes committed while it was disconnected sent notifications nobody heard.
 */
export function listenForNotifications(
  options: NotifyListenerOptions,
  onNotify: (payload?: string) => void,
): NotifyListener {
  const connectionString = options.connectionString ?? directDatabaseUrl();
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let delayMs = FIRST_RETRY_MS;
  let stopped = false;
  let lost = false;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const dropped = (c: pg.Client, error?: Error) => {
    if (client !== c) return; // an old connection's late error or end
    client = undefined;
    c.removeAllListeners("notification");
    c.end().catch(() => {});
    if (stopped) return;
    if (!lost) {
      lost = true;
      console.warn(`${options.lostMessage} (${error?.message ?? "closed"}); ${options.meanwhile}.`);
    }
    retry = setTimeout(connect, delayMs);
    retry.unref();
    delayMs = Math.min(MAX_RETRY_MS, delayMs * 2);
  };

  const connect = async () => {
    retry = undefined;
    if (stopped) return;
    // pg.Client only throws here for a malformed address; a rejection from a timer would crash the server.
    let c: pg.Client;
    try {
      // A connect timeout, so a hung database means a retry later rather than a listener stuck forever.
      c = new pg.Client({
        connectionString,
        keepAlive: true,
        application_name: options.applicationName,
        connectionTimeoutMillis: databaseTimeouts().connectMs,
      });
    } catch (error) {
      console.warn(`${options.lostMessage} (${(error as Error).message}); ${options.meanwhile}.`);
      markReady();
      return;
    }
    client = c;
    // Registered before connecting: an unhandled 'error' event would crash the server.
    c.on("error", (error) => dropped(c, error));
    c.on("end", () => dropped(c));
    c.on("notification", (n) => {
      if (n.channel === options.channel) onNotify(n.payload);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${options.channel}`);
      // From now on it only waits: that alone must never keep a script or test process alive.
      (c.connection.stream as Partial<net.Socket>).unref?.();
    } catch (error) {
      dropped(c, error as Error);
      return;
    }
    if (client !== c) return;
    if (lost) console.log(options.restoredMessage);
    lost = false;
    delayMs = FIRST_RETRY_MS;
    markReady();
    onNotify();
  };

  void connect();
  return {
    ready,
    async stop() {
      stopped = true;
      clearTimeout(retry);
      markReady();
      const c = client;
      client = undefined;
      await c?.end().catch(() => {});
    },
  };
}
