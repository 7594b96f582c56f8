// Before each integration test file: a fresh copy of the migrated template database.
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeEach, inject } from "vitest";

const admin = inject("adminDatabaseUrl");
const name = `test_${crypto.randomBytes(6).toString("hex")}`;

const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`CREATE DATABASE ${name} TEMPLATE ${inject("templateDatabase")}`);
await client.end();

const url = new URL(admin);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();

// Every test starts from the template's state: vocabulary only, no listings, users or logs.
beforeEach(async () => {
  const { db } = await import("@/lib/platform/db");
  const tables = await db().$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public'
      AND tablename NOT IN ('_prisma_migrations', 'Taxonomy', 'TaxonomyTerm', 'ThesaurusEntry')`;
  await db().$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
});

afterAll(async () => {
  const { db } = await import("@/lib/platform/db");
  await db().$disconnect();
  delete (globalThis as { prisma?: unknown }).prisma;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await c.end();
});
