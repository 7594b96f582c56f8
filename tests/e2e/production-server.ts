// Runs `npm run serve` — the production web server alone — from the build the e2e site already
// made (NEXT_DIST_DIR), against a database and Meilisearch the test chooses. Shared by the
// production-command spec and the two-server spec: each server is its own process group, so
// stopping it (or checking what it started) never touches the shared e2e site.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const e2eDataDir = path.resolve(process.env.E2E_DATA_DIR || ".data-e2e");

export type ProductionServer = {
  url: string;
  process: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  /** The commands running in its process group (npm, sh, node…): proof of what it started. */
  processes(): string[];
  /** SIGTERM to the whole group; resolves with the exit code, or the signal npm itself was stopped by. */
  stop(): Promise<number | NodeJS.Signals | null>;
};

/** The e2e site's embedded PostgreSQL, as an address for database `name` (found through its postmaster.pid). */
export function e2eDatabaseUrl(name = "localoffer"): string {
  const lines = fs.readFileSync(path.join(e2eDataDir, "pg", "postmaster.pid"), "utf8").split("\n");
  return `postgresql://postgres:postgres@127.0.0.1:${lines[3]}/${name}`;
}

/** The e2e site's embedded Meilisearch, when it runs one. */
export function e2eMeilisearchUrl(): string | undefined {
  const file = path.join(e2eDataDir, "meili", "meili.pid");
  if (!fs.existsSync(file)) return undefined;
  const [, port] = fs.readFileSync(file, "utf8").trim().split(/\s+/);
  return `http://127.0.0.1:${port}`;
}

/** The AUTH_SECRET the e2e site uses (generated into its data dir by `npm start`), so sessions work on both. */
export function e2eAuthSecret(): string {
  return fs.readFileSync(path.join(e2eDataDir, "auth-secret"), "utf8").trim();
}

/** A new, empty database on the e2e site's PostgreSQL (not even migrations); `drop` removes it. */
export async function createEmptyDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = new pg.Client({ connectionString: e2eDatabaseUrl("postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: e2eDatabaseUrl(name),
    async drop() {
      const c = new pg.Client({ connectionString: e2eDatabaseUrl("postgres") });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * The environment a production server gets: only what the test names, on top of PATH and HOME, so
 * nothing from the e2e site's own settings (DATA_DIR, its database) leaks in by accident.
 */
export function productionEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const base: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next",
  };
  for (const [k, v] of Object.entries(env)) if (v !== undefined) base[k] = v;
  return base as NodeJS.ProcessEnv;
}

/** Spawns `npm run <script>` in its own process group and collects its output. */
export function spawnNpm(script: string, env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn("npm", ["run", "--silent", script], { detached: true, env, stdio: ["ignore", "pipe", "pipe"] });
  let text = "";
  child.stdout!.on("data", (d: Buffer) => (text += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (text += d.toString()));
  return { child, output: () => text };
}

/** Runs `npm run <script>` to the end: its exit code and output. */
export async function runNpm(
  script: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 120_000,
): Promise<{ code: number | null; output: string }> {
  const { child, output } = spawnNpm(script, env);
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearTimeout(timer);
  return { code, output: output() };
}

/**
 * Starts `npm run serve` on `port` and waits until /api/health answers 200 (or the process exits,
 * which throws with its output). `env` is passed through productionEnv.
 */
export async function startProductionServer(
  port: number,
  env: Record<string, string | undefined>,
  timeoutMs = 60_000,
): Promise<ProductionServer> {
  const url = `http://localhost:${port}`;
  const { child, output } = spawnNpm("serve", productionEnv({ PORT: String(port), ...env }));
  const server: ProductionServer = {
    url,
    process: child,
    output,
    processes: () => groupProcesses(child.pid!),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode ?? child.signalCode;
      const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
        child.once("exit", (code, signal) => resolve(code ?? signal)),
      );
      process.kill(-child.pid!, "SIGTERM");
      const killer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 15_000);
      const code = await exited;
      clearTimeout(killer);
      return code;
    },
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm run serve exited with ${child.exitCode}:\n${output()}`);
    const status = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) })
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`npm run serve did not answer /api/health within ${timeoutMs} ms:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

function groupProcesses(pgid: number): string[] {
  const ps = execFileSync("ps", ["-eo", "pgid=,args="], { encoding: "utf8" });
  return ps
    .split("\n")
    .map((line) => line.trim().match(/^(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => !!m && Number(m[1]) === pgid)
    .map((m) => m[2]);
}
