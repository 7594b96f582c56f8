// Meilisearch going away must never take search down, and must never lose a change: while it is
// stopped PostgreSQL answers, and edits made meanwhile reach Meilisearch once it is back.
import crypto from "node:crypto";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/platform/db";
import { findFreePort } from "@/lib/platform/runtime/free-port";
import { startEmbeddedMeilisearch, type RunningMeilisearch } from "@/lib/platform/runtime/meilisearch";
import { currentGeneration } from "@/lib/platform/page-cache/store";
import type { SearchEngine } from "@/lib/search/query/engine";
import { BEHIND_LIMIT_MS, meilisearchEngine, postgresEngine } from "@/lib/search/query/engines";
import { processSearchOutbox } from "@/lib/search/sync/indexer";
import { enqueueSearchChange } from "@/lib/search/sync/outbox";
import { searchServices } from "@/lib/search/query/search";
import { runSearchWorkerOnce } from "@/lib/search/sync/worker";
import type { ServiceFilters } from "@/lib/services/filters";
import { createListing } from "@/tests/factories/listings";

// A Meilisearch of this file's own, so stopping it cannot disturb other test files.
const dir = path.join(inject("meilisearchDir"), `fallback-${crypto.randomBytes(4).toString("hex")}`);
const port = await findFreePort();
let meili: RunningMeilisearch | undefined = await startEmbeddedMeilisearch({ dir, port, attach: false, log: () => {} });
// Test files share a worker process: restore the environment so later files are not pointed at this server.
const savedEnv = { ...process.env };
process.env.MEILISEARCH_URL = meili!.url;
process.env.MEILISEARCH_INDEX = "fallback";
process.env.MEILISEARCH_TIMEOUT_MS = "300";

afterAll(async () => {
  await meili?.stop();
  for (const key of ["MEILISEARCH_URL", "MEILISEARCH_INDEX", "MEILISEARCH_TIMEOUT_MS"]) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});

const filters = (q: string): ServiceFilters => ({ q, needs: [], categories: [], areas: [], page: 1 });
const find = async (q: string) => {
  const result = await searchServices(filters(q), 20, { log: false });
  return { engine: result.engine, slugs: result.items.map((s) => s.slug) };
};
const pending = () => db().searchOutbox.count({ where: { processedAt: null } });

describe("when Meilisearch stops while the site runs", () => {
  it("answers from PostgreSQL, then brings Meilisearch up to date when it returns", async () => {
    const kayaking = await createListing({ slug: "harbour-kayaking", name: "Harbour kayaking club" });
    await runSearchWorkerOnce();
    expect(await pending()).toBe(0);
    expect(await find("kayaking")).toEqual({ engine: "meilisearch", slugs: ["harbour-kayaking"] });

    await meili!.stop();
    meili = undefined;

    // Search keeps working, from PostgreSQL, within the short timeout.
    const started = Date.now();
    expect(await find("kayaking")).toEqual({ engine: "postgres", slugs: ["harbour-kayaking"] });
    expect(Date.now() - started).toBeLessThan(2_000);

    // Changes made while it is down: a new listing, and the old one archived.
    await createListing({ slug: "harbour-paddleboarding", name: "Harbour paddleboarding club" });
    await db().$transaction(async (tx) => {
      await tx.service.update({ where: { id: kayaking.id }, data: { archivedAt: new Date() } });
      await enqueueSearchChange(tx, kayaking.id, "remove");
    });
    expect(await find("paddleboarding")).toEqual({ engine: "postgres", slugs: ["harbour-paddleboarding"] });
    expect((await find("kayaking")).slugs).toEqual([]);

    // The worker cannot reach Meilisearch: the changes wait in the outbox, nothing is lost.
    await runSearchWorkerOnce();
    expect(await pending()).toBe(2);
    const failed = await db().searchOutbox.findFirst({ where: { processedAt: null } });
    expect(failed?.attempts).toBeGreaterThan(0);

    // Meilisearch returns (same data, same address): the worker catches it up.
    meili = await startEmbeddedMeilisearch({ dir, port, attach: false, log: () => {} });
    await runSearchWorkerOnce();
    expect(await pending()).toBe(0);

    const direct = meilisearchEngine()!;
    const ids = async (q: string) =>
      (await direct.query({ terms: [q], filters: { needs: [], categories: [], areas: [] }, offset: 0, limit: 10 })).ids;
    const paddle = await db().service.findUniqueOrThrow({ where: { slug: "harbour-paddleboarding" } });
    expect(await ids("paddleboarding")).toEqual([paddle.id]);
    expect(await ids("kayaking")).toEqual([]);
    expect(await find("paddleboarding")).toEqual({ engine: "meilisearch", slugs: ["harbour-paddleboarding"] });
  });
});

describe("when Meilisearch is slow to apply a change", () => {
  it("answers from PostgreSQL once Meilisearch is more than a second behind, and from Meilisearch again when it has caught up", async () => {
    const listing = await createListing({ slug: "pier-fishing", name: "Pier fishing club" });
    await runSearchWorkerOnce();
    expect(await find("fishing")).toEqual({ engine: "meilisearch", slugs: ["pier-fishing"] });

    await db().$transaction(async (tx) => {
      await tx.service.update({ where: { id: listing.id }, data: { name: "Pier fishing club wombat" } });
      await enqueueSearchChange(tx, listing.id, "upsert");
    });
    // The real Meilisearch, held back until released: as when its own indexing stalls.
    const real = meilisearchEngine()!;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow: SearchEngine = {
      name: "meilisearch",
      upsert: async (documents) => held.then(() => real.upsert(documents)),
      remove: (ids) => real.remove(ids),
      query: (q) => real.query(q),
      upsertAdvice: (documents) => real.upsertAdvice(documents),
      removeAdvice: (ids) => real.removeAdvice(ids),
      queryAdvice: (q) => real.queryAdvice(q),
      health: () => real.health(),
    };
    const pagesBefore = currentGeneration();
    const applying = processSearchOutbox({ engines: [postgresEngine(), slow] });

    // A moment behind: Meilisearch still answers, without the change.
    await new Promise((r) => setTimeout(r, 200));
    expect(await find("wombat")).toEqual({ engine: "meilisearch", slugs: [] });

    // More than a second behind: PostgreSQL, exact since the commit, answers; cached pages are dropped.
    await new Promise((r) => setTimeout(r, BEHIND_LIMIT_MS));
    expect(await find("wombat")).toEqual({ engine: "postgres", slugs: ["pier-fishing"] });
    expect(currentGeneration()).toBeGreaterThan(pagesBefore);

    release();
    expect(await applying).toMatchObject({ processed: 1, failed: 0 });
    expect(await find("wombat")).toEqual({ engine: "meilisearch", slugs: ["pier-fishing"] });
  });
});
