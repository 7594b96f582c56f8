// Wakes the search worker the moment an outbox row is committed, by any process: a listing write
// sends NOTIFY search_outbox in its own transaction (mutations.ts), and PostgreSQL
// delivers it only on commit, exactly when the row becomes visible. One dedicated connection
// LISTENs; if it is lost, the worker's poll carries on alone until it is back.
import "server-only";
import type net from "node:net";
import pg from "pg";
import { databaseTimeouts } from "@/lib/platform/db-timeouts";

export const SEARCH_OUTBOX_CHANNEL = "search_outbox";

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

export type OutboxListener = {
  /** Resolves once LISTEN is in place (the first time), or when the listener gives up or is stopped. */
  ready: Promise<void>;
  stop(): Promise<void>;
};

/**
 * Calls `onChange` for every notification, and once after each (re)connection, since changes
 * committed while it was disconnected sent notifications nobody heard.
 */
export function listenForOutboxChanges(
  onChange: () => void,
  connectionString = process.env.DATABASE_URL,
): OutboxListener {
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
      console.warn(
        `Search: lost the outbox notification connection (${error?.message ?? "closed"}); polling until it is back.`,
      );
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
        application_name: "search-outbox-listener",
        connectionTimeoutMillis: databaseTimeouts().connectMs,
      });
    } catch (error) {
      console.warn(`Search: cannot listen for outbox changes (${(error as Error).message}); the worker polls instead.`);
      markReady();
      return;
    }
    client = c;
    // Registered before connecting: an unhandled 'error' event would crash the server.
    c.on("error", (error) => dropped(c, error));
    c.on("end", () => dropped(c));
    c.on("notification", (n) => {
      if (n.channel === SEARCH_OUTBOX_CHANNEL) onChange();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${SEARCH_OUTBOX_CHANNEL}`);
      // From now on it only waits: that alone must never keep a script or test process alive.
      (c.connection.stream as Partial<net.Socket>).unref?.();
    } catch (error) {
      dropped(c, error as Error);
      return;
    }
    if (client !== c) return;
    if (lost) console.log("Search: outbox notifications restored.");
    lost = false;
    delayMs = FIRST_RETRY_MS;
    markReady();
    onChange();
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
