// /api/health/ready's answer (lib/platform/health/loaders.ts) on real PostgreSQL: ready when the
// database answers with every migration applied and some search engine answers (PostgreSQL standing
// in for Meilisearch counts); 503 with a plain reason when the database is down or behind.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { loadLiveness, loadReadiness } from "@/lib/platform/health/loaders";

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
});

describe("readiness", () => {
  it("is ready on a migrated database, with PostgreSQL answering searches", async () => {
    delete process.env.MEILISEARCH_URL; // PostgreSQL alone (afterEach puts the environment back)
    const { ok, report } = await loadReadiness();
    expect(ok).toBe(true);
    expect(report).toMatchObject({ status: "ok", database: { status: "ok" }, migrations: { status: "ok" } });
    expect(report.reason).toBeUndefined();
    expect(report.search?.serving).toBe("postgres");
  });

  it("stays ready when Meilisearch is down, because PostgreSQL answers instead", async () => {
    process.env.MEILISEARCH_URL = "http://127.0.0.1:9";
    process.env.MEILISEARCH_TIMEOUT_MS = "300";
    const { ok, report } = await loadReadiness();
    expect(ok).toBe(true);
    expect(report.search).toMatchObject({ serving: "postgres", meilisearch: "down", postgres: "ok" });
  });

  it("is not ready while a migration this build ships with is not applied", async () => {
    const [{ migration_name: latest }] = await db().$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    await db().$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = ${latest}`;
    try {
      const { ok, report } = await loadReadiness();
      expect(ok).toBe(false);
      expect(report.status).toBe("degraded");
      expect(report.migrations).toMatchObject({ status: "behind", missing: [latest] });
      expect(report.reason).toBe("1 database migration(s) not applied: run npm run db:migrate");
    } finally {
      await db().$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE migration_name = ${latest}`;
    }
    expect((await loadReadiness()).ok).toBe(true);
  });

  it("is not ready when the database does not answer, and the process is still live", async () => {
    const holder = globalThis as { prisma?: unknown };
    const working = holder.prisma;
    delete holder.prisma;
    process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:9/none";
    try {
      const { ok, report } = await loadReadiness();
      expect(ok).toBe(false);
      expect(report).toMatchObject({
        status: "degraded",
        reason: expect.stringMatching(/database/),
        database: { status: "down" },
      });
      expect(JSON.stringify(report)).not.toMatch(/nobody|nothing|ECONNREFUSED/);
      expect(loadLiveness().status).toBe("ok");
    } finally {
      await db().$disconnect();
      holder.prisma = working;
    }
  });
});
