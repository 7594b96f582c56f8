// The real-data relevance suite's database: North Lincolnshire's own ORUK feed (738 general and SEND
// services written by many hands) imported with the real importer and published, then both engines
// indexed from it. Run from the relevance suite's global setup, on the same PostgreSQL server, in a
// database and Meilisearch index of its own, so the demo suite's data is left alone.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/platform/runtime/migrations";

export const REAL_INDEX = "relevance_real";
export const REAL_FEED = path.resolve("tests/fixtures/oruk/north-lincolnshire-oruk-v1-services.json");

/** Imports the feed into `localoffer_relevance_real` on `server`; returns that database's address. */
export async function prepareRealData(server: string, meilisearchUrl: string): Promise<string> {
  const target = new URL(server);
  target.pathname = "/localoffer_relevance_real";
  const url = target.toString();
  const admin = new pg.Client({ connectionString: server.replace(/\/[^/]+$/, "/postgres") });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS localoffer_relevance_real WITH (FORCE)");
  await admin.query("CREATE DATABASE localoffer_relevance_real");
  await admin.end();
  await applyMigrations(url, () => {});

  // The caller puts these back; the Prisma client and thesaurus cache are per database, so both are dropped.
  process.env.DATABASE_URL = url;
  process.env.MEILISEARCH_URL = meilisearchUrl;
  process.env.MEILISEARCH_INDEX = REAL_INDEX;
  delete (globalThis as { prisma?: unknown }).prisma;
  const { db } = await import("@/lib/platform/db");
  const { seedThesaurus } = await import("@/lib/thesaurus/mutations");
  const { THESAURUS_SEED } = await import("@/lib/thesaurus/seed");
  const { forgetThesaurus } = await import("@/lib/thesaurus/store");
  const { ensureVocabulary } = await import("@/lib/taxonomy/mutations");
  const { importFeed } = await import("@/lib/oruk/import");
  const { reindexAll } = await import("@/lib/search/sync/indexer");
  await seedThesaurus(THESAURUS_SEED);
  await forgetThesaurus();
  await db().$transaction((tx) => ensureVocabulary(tx), { timeout: 30_000 });
  const records = JSON.parse(fs.readFileSync(REAL_FEED, "utf8")) as unknown[];
  await importFeed(records, { source: "north-lincolnshire", publish: true });
  await reindexAll();
  await db().$disconnect();
  delete (globalThis as { prisma?: unknown }).prisma;
  await forgetThesaurus();
  return url;
}
