// npm run db:backup / db:restore, the real commands against this file's database: back up, change
// and delete data, restore, and every table's row count and a checksum of the listings are as before.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { createAdminWorld } from "@/tests/factories/admin";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "localoffer-backup-"));

async function run(script: "db-backup" | "db-restore", file: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      "node_modules/.bin/tsx",
      ["--conditions=react-server", `scripts/${script}.ts`, file],
      { env: process.env },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

/** Row count of every table, and an md5 over every listing's whole row in id order. */
async function fingerprint() {
  const tables = await db().$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [{ n }] = await db().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${name}"`);
    counts[name] = Number(n);
  }
  const [{ md5 }] = await db().$queryRaw<{ md5: string }[]>`
    SELECT md5(string_agg(s::text, '|' ORDER BY s.id)) AS md5 FROM "Service" s`;
  return { counts, listings: md5 };
}

it("restores exactly what was backed up, after edits and deletions", async () => {
  const world = await createAdminWorld();
  await db().searchLog.create({ data: { query: "autism", resultCount: 3, engine: "postgres", durationMs: 4 } });
  await db().auditEvent.create({ data: { type: "user.created", entityType: "user", entityId: world.users.admin.id } });
  const before = await fingerprint();
  expect(before.counts.Service).toBeGreaterThan(0);

  const file = path.join(dir, "site.backup");
  const backup = await run("db-backup", file);
  expect(backup.output, backup.output).toMatch(/Backed up/);
  expect(backup.code).toBe(0);
  expect(fs.statSync(file).size).toBeGreaterThan(0);

  await db().service.update({ where: { id: world.live.id }, data: { name: "Changed after the backup" } });
  await db().serviceRevision.deleteMany({});
  await db().auditEvent.deleteMany({});
  await db().searchLog.deleteMany({});
  await db().user.deleteMany({ where: { role: "provider" } });
  await db().contact.deleteMany({});
  expect((await fingerprint()).listings).not.toBe(before.listings);

  const restore = await run("db-restore", file);
  expect(restore.output, restore.output).toMatch(/Restored/);
  expect(restore.code).toBe(0);
  expect(await fingerprint()).toEqual(before);
}, 120_000);

it("says plainly when the file is missing or is not a backup", async () => {
  const missing = await run("db-restore", path.join(dir, "no-such-file"));
  expect(missing.code).toBe(1);
  expect(missing.output).toContain("There is no file at");
  expect(missing.output).not.toMatch(/\n\s+at /); // no stack trace

  const notBackup = path.join(dir, "notes.txt");
  fs.writeFileSync(notBackup, "shopping list\n");
  const wrong = await run("db-restore", notBackup);
  expect(wrong.code).toBe(1);
  expect(wrong.output).toContain("is not a backup made by npm run db:backup");

  const noFile = await run("db-backup", "");
  expect(noFile.code).toBe(1);
  expect(noFile.output).toContain("Say where to write the backup");
}, 120_000);
