// A database that hangs rather than refuses: PostgreSQL frozen with SIGSTOP under a running site.
// Pages must fail in plain words within 5 s (connection and query timeouts on the pool), the health
// checks must answer within 2 s, and after SIGCONT the site must recover without a restart.
// This file starts its own copy of the site, on its own data dir and port, so freezing its
// PostgreSQL never disturbs the shared site the other specs use.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

const port = Number(process.env.E2E_PORT || 3100) + 2;
const site = `http://localhost:${port}`;
const dataDir = `${process.env.E2E_DATA_DIR || ".data-e2e"}-hang`;
let server: ChildProcess | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  fs.rmSync(dataDir, { recursive: true, force: true });
  // The shared site has already built into NEXT_DIST_DIR; this copy serves that build. No page cache
  // (a cached page would hide the database) and no Meilisearch (searches need PostgreSQL).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    APP_URL: site,
    DATABASE_URL: "",
    SMTP_URL: "",
    SKIP_BUILD: "1",
    MEILISEARCH: "off",
    MEILISEARCH_URL: "",
    PAGE_CACHE_SECONDS: "0",
  };
  delete env.PGPORT; // PostgreSQL reads it too: a free port is chosen when it is unset
  server = spawn("npm", ["start"], { detached: true, stdio: "ignore", env }); // detached: its own process group

  await expect
    .poll(async () => (await fetch(`${site}/api/health`).catch(() => undefined))?.status, { timeout: 280_000 })
    .toBe(200);
});

test.afterAll(async () => {
  if (!server?.pid) return;
  const exited = new Promise((resolve) => server!.once("exit", resolve));
  process.kill(-server.pid, "SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** SIGSTOP (or SIGCONT) this copy's postmaster and every backend it has forked. */
function signalPostgres(signal: "STOP" | "CONT") {
  const pid = Number(fs.readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
  expect(pid).toBeGreaterThan(1);
  // The postmaster first when stopping, so it forks no new backend in between; last when resuming.
  if (signal === "STOP") process.kill(pid, "SIGSTOP");
  try {
    execFileSync("pkill", [`-${signal}`, "-P", String(pid)]);
  } catch {
    // pkill exits 1 when the postmaster has no children: nothing else to signal
  }
  if (signal === "CONT") process.kill(pid, "SIGCONT");
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work();
  return { result, ms: Date.now() - started };
}

test("with PostgreSQL frozen, pages fail plainly within 5 s, health answers within 2 s, and it recovers", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  expect((await page.goto(`${site}/services?need=autism`))?.status()).toBe(200);

  signalPostgres("STOP");
  try {
    for (const url of ["/services?need=autism", "/services?need=adhd"]) {
      const { result: response, ms } = await timed(() => page.goto(`${site}${url}`, { timeout: 20_000 }));
      expect(response?.status(), url).toBe(500);
      expect(ms, `${url} answered after ${ms} ms`).toBeLessThan(5_000);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sorry, there is a problem with the service");
      await expect(page.locator("body")).not.toContainText(/prisma|timeout|stack/i);
    }

    const live = await timed(() => request.get(`${site}/api/health/live`, { timeout: 10_000 }));
    expect(live.result.status()).toBe(200);
    expect(live.ms).toBeLessThan(2_000);

    for (const url of ["/api/health/ready", "/api/health"]) {
      const ready = await timed(() => request.get(`${site}${url}`, { timeout: 10_000 }));
      expect(ready.result.status(), url).toBe(503);
      expect(ready.ms, `${url} answered after ${ready.ms} ms`).toBeLessThan(2_000);
      expect(await ready.result.json()).toMatchObject({ status: "degraded", database: { status: "down" } });
    }
  } finally {
    signalPostgres("CONT");
  }

  // No restart: the same server finds its database again.
  await expect
    .poll(async () => (await request.get(`${site}/api/health/ready`)).status(), { timeout: 30_000 })
    .toBe(200);
  expect((await page.goto(`${site}/services?need=autism`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find services");
});
