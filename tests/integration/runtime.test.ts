// The embedded-database runtime every command shares: a second command on the same data dir
// attaches to the running server instead of starting another, and migrations apply once.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startDatabase, type RunningDatabase } from "@/lib/platform/runtime/database";
import { applyMigrations } from "@/lib/platform/runtime/migrations";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "localoffer-runtime-"));
fs.chmodSync(dir, 0o755); // postgres runs as its own user when tests run as root
const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL, PGPORT: process.env.PGPORT };
let first: RunningDatabase | undefined;

afterAll(async () => {
  await first?.stop();
  Object.assign(process.env, saved);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("embedded PostgreSQL runtime", () => {
  it("starts once per data dir and lets later commands attach to it", async () => {
    process.env.DATA_DIR = dir;
    delete process.env.DATABASE_URL;
    delete process.env.PGPORT;
    first = await startDatabase(() => {});
    const second = await startDatabase(() => {});
    expect(second.url).toBe(first.url);

    const client = new pg.Client({ connectionString: second.url });
    await client.connect();
    const { rows } = await client.query("SELECT current_database() AS db");
    await client.end();
    expect(rows[0].db).toBe("localoffer");
  }, 60_000);

  it("uses DATABASE_URL when it is set and starts nothing", async () => {
    process.env.DATABASE_URL = "postgresql://someone@db.example.org/elsewhere";
    const database = await startDatabase(() => {});
    expect(database).toMatchObject({ url: "postgresql://someone@db.example.org/elsewhere", embedded: false });
    delete process.env.DATABASE_URL;
  });

  it("applies each migration once and records it as Prisma does", async () => {
    const url = first!.url;
    const applied = await applyMigrations(url, () => {});
    expect(applied.length).toBeGreaterThan(0);
    expect(await applyMigrations(url, () => {})).toEqual([]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    await client.end();
    expect(rows.map((r) => r.migration_name)).toEqual(applied);
    for (const r of rows) {
      expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(r.finished_at).not.toBeNull();
    }
  });
});
