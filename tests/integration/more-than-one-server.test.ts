// Several servers on one database (ADR 0021). A "server" here is another connection, as it is to
// PostgreSQL: the notifications and advisory locks these tests rely on live in PostgreSQL, not in
// the process, so two connections from one process are exactly two servers to it.
import { spawn } from "node:child_process";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import { pageChangesHeard, startPageChangeListener, stopPageChangeListener } from "@/lib/platform/page-cache/changes";
import { announcePageChange } from "@/lib/platform/page-cache/mutations";
import { cachedPageCount, currentGeneration, pageCacheLimits, storeCachedPage } from "@/lib/platform/page-cache/store";
import { LOCK_KEYS, withAdvisoryLock } from "@/lib/platform/runtime/advisory-lock";
import { ttlCache } from "@/lib/platform/ttl-cache";
import { postgresEngine } from "@/lib/search/query/engines";
import { reindexAll } from "@/lib/search/sync/indexer";
import { enqueueSearchChange } from "@/lib/search/sync/outbox";
import { prepareSearch, SKIPPED_MESSAGE } from "@/lib/search/sync/prepare";
import { createListing } from "@/tests/factories/listings";

const elsewhere = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }) });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
afterEach(() => stopPageChangeListener());
afterAll(() => elsewhere.$disconnect());

/** A page in this process's cache, as the production server keeps one. */
function cacheAPage(): void {
  const page = { status: 200, headers: {}, body: Buffer.from("<html>old</html>"), storedAt: Date.now(), replays: [] };
  expect(
    storeCachedPage(
      `|/services?q=${Math.random()}`,
      page,
      currentGeneration(),
      pageCacheLimits({ ...process.env, PAGE_CACHE_SECONDS: "60" }),
    ),
  ).toBe(true);
}

async function until(check: () => boolean, limitMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (check()) return performance.now() - started;
    await sleep(10);
  }
  return Infinity;
}

/** Holds an advisory lock on a connection of its own, as another server running the work would. */
async function holdLock(key: number): Promise<() => Promise<void>> {
  const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
  expect((await other.query("SELECT pg_try_advisory_lock($1) AS ok", [key])).rows[0].ok).toBe(true);
  return () => other.end();
}

describe("page changes reach every server", () => {
  it("a listing change committed elsewhere is heard within moments, a rolled-back one never", async () => {
    // The writer here shares this process's memory (and clears its own cache directly), so the
    // listener's own count shows what arrived through PostgreSQL.
    const listing = await createListing();
    await startPageChangeListener();
    await sleep(50); // the catch-up call every (re)connection makes
    const heardBefore = pageChangesHeard();

    await elsewhere
      .$transaction(async (tx) => {
        await enqueueSearchChange(tx, listing.id, "upsert");
        throw new Error("rolled back");
      })
      .catch(() => {});
    await sleep(300);
    expect(pageChangesHeard()).toBe(heardBefore);

    const committed = performance.now();
    await elsewhere.$transaction((tx) => enqueueSearchChange(tx, listing.id, "upsert"));
    const ms = await until(() => pageChangesHeard() > heardBefore, 2_000);
    console.info(`Commit elsewhere to page_changed heard here: ${(performance.now() - committed).toFixed(0)} ms`);
    expect(ms).toBeLessThan(2_000);
    await sleep(200);
    expect(pageChangesHeard()).toBe(heardBefore + 1); // one notification per transaction
  });

  it("hearing a change clears this server's cached pages, even with no search worker", async () => {
    await startPageChangeListener();
    await sleep(50);
    cacheAPage();
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    await other.query("SELECT pg_notify('page_changed', '')"); // as another server's action does
    await other.end();
    expect(await until(() => cachedPageCount() === 0, 2_000)).toBeLessThan(2_000);
  });

  it("a change announced outside a transaction (after a signed-in action) clears it too", async () => {
    await startPageChangeListener();
    await sleep(50);
    cacheAPage();
    await announcePageChange();
    expect(await until(() => cachedPageCount() === 0, 2_000)).toBeLessThan(2_000);
  });
});

describe("the vocabulary and thesaurus copies", () => {
  it("survive a listing change; a vocabulary change, or a lost connection, makes every server reload them", async () => {
    let loads = 0;
    const copy = ttlCache(`test-${Math.random()}`, 60_000, async () => ++loads);
    await startPageChangeListener();
    await sleep(50);
    expect(await copy.get()).toBe(1);

    let heard = pageChangesHeard();
    await elsewhere.$transaction((tx) => announcePageChange(tx)); // a listing edit on another server
    await until(() => pageChangesHeard() > heard, 2_000);
    expect(await copy.get()).toBe(1);

    heard = pageChangesHeard();
    await announcePageChange(undefined, "vocabulary"); // what forget() sends after an admin's change
    await until(() => pageChangesHeard() > heard, 2_000);
    expect(await copy.get()).toBe(2);

    // After a reconnection nobody knows what was missed: everything is reloaded.
    heard = pageChangesHeard();
    await stopPageChangeListener();
    await startPageChangeListener();
    await until(() => pageChangesHeard() > heard, 2_000);
    expect(await copy.get()).toBe(3);
  });
});

describe("work only one server may do", () => {
  it("a full reindex started on two servers at once runs once; the other says it skipped", async () => {
    for (let i = 0; i < 30; i++) await createListing();
    const engines = [postgresEngine()];
    const runs = await Promise.all([reindexAll({ engines }), reindexAll({ engines })]);
    expect(runs.filter((r) => r.skipped)).toHaveLength(1);
    expect(runs.find((r) => !r.skipped)!.indexed).toBe(30);
    // Once it is over, the next one runs.
    expect(await reindexAll({ engines })).toEqual({ indexed: 30 });
  });

  it("npm start and npm run search:reindex say plainly when another server is rebuilding", async () => {
    const release = await holdLock(LOCK_KEYS.searchReindex);
    const said: string[] = [];
    try {
      const saved = process.env.MEILISEARCH_URL;
      delete process.env.MEILISEARCH_URL;
      await prepareSearch({ log: (m) => said.push(m) }).finally(() => {
        if (saved !== undefined) process.env.MEILISEARCH_URL = saved;
      });
    } finally {
      await release();
    }
    expect(said).toContain(SKIPPED_MESSAGE);
    expect(said.join("\n")).not.toMatch(/Search index rebuilt/);
  });

  it("withAdvisoryLock runs the work when the lock is free and releases it afterwards", async () => {
    expect(await withAdvisoryLock("scheduledJobs", async () => "done")).toEqual({ ran: true, value: "done" });
    const release = await holdLock(LOCK_KEYS.scheduledJobs); // free again: someone else can take it
    await release();
  });

  it("npm run jobs:run skips, without an error, while another server runs the jobs", { timeout: 90_000 }, async () => {
    const release = await holdLock(LOCK_KEYS.scheduledJobs);
    let run: { code: number | null; output: string };
    try {
      run = await runJobs();
    } finally {
      await release();
    }
    expect(run.output).toContain("Scheduled jobs: another server is running them right now, so this one did not.");
    expect(run.output).not.toContain("Review reminders:");
    expect(run.code).toBe(0);
    // And with the lock free, the same command does the work.
    const free = await runJobs();
    expect(free.output).toContain("Review reminders:");
    expect(free.code).toBe(0);
  });
});

describe("npm run worker", () => {
  it(
    "applies outbox changes as its own process, even with SEARCH_WORKER=off, and stops cleanly on SIGTERM",
    {
      timeout: 90_000,
    },
    async () => {
      const listing = await createListing();
      await db().$transaction((tx) => enqueueSearchChange(tx, listing.id, "upsert"));
      const pending = () => db().searchOutbox.count({ where: { processedAt: null } });
      expect(await pending()).toBeGreaterThan(0);
      const env = { ...process.env, SEARCH_WORKER: "off", MEILISEARCH_URL: "" };
      // Node itself (what `npm run worker` ends in), so the SIGTERM reaches the worker, not a wrapper.
      const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (d: Buffer) => (output += d.toString()));
      child.stderr.on("data", (d: Buffer) => (output += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
      try {
        const started = performance.now();
        while (!output.includes("Search worker running") && performance.now() - started < 60_000) await sleep(100);
        expect(output).toContain("Search worker running");
        const applied = performance.now();
        while ((await pending()) > 0 && performance.now() - applied < 5_000) await sleep(50);
        expect(await pending()).toBe(0);
      } finally {
        child.kill("SIGTERM");
      }
      expect(await exited).toBe(0);
      expect(output).toContain("Search worker stopped.");
    },
  );
});

function runJobs(): Promise<{ code: number | null; output: string }> {
  const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/jobs-run.ts"], {
    env: { ...process.env, SMTP_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}
