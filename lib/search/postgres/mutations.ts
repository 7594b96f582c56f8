// Writes for search: the PostgreSQL engine's documents and dictionary, the outbox bookkeeping,
// and the (scrubbed) search log.
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { documentWords, type SearchDocument } from "./document";
import { SEARCH_OUTBOX_CHANNEL } from "./listener";

type Client = Tx | ReturnType<typeof db>;

const joined = (...parts: (string | string[])[]) => parts.flat().join(" \n ");

/** Upserts documents into SearchDocument, computing the weighted tsvector in SQL. */
export async function writeSearchDocuments(documents: SearchDocument[], client: Client = db()): Promise<void> {
  for (let i = 0; i < documents.length; i += 500) {
    const chunk = documents.slice(i, i + 500);
    const rows = chunk.map((d) => ({
      id: d.id,
      doc: d,
      name: d.name,
      // A: name; B: summary, needs and keywords; C: categories and organisation; D: description.
      a: d.name,
      b: joined(d.summary, d.needNames, d.keywords),
      c: joined(d.categoryNames, d.organisation),
      d: d.description,
      needs: d.needs,
      categories: d.categories,
      areas: d.areas,
      costType: d.costType,
      days: d.days,
      ageGroups: d.ageGroups,
      minAge: d.minAge,
      maxAge: d.maxAge,
      lastChecked: d.lastChecked,
      lats: d.locations.map((l) => l.lat),
      lngs: d.locations.map((l) => l.lng),
    }));
    await client.$executeRaw`
      INSERT INTO "SearchDocument" ("serviceId", document, vector, name, needs, categories, areas, "costType", days, "ageGroups",
        "minAge", "maxAge", "lastChecked", lats, lngs, "updatedAt")
      SELECT r.id, r.doc,
        setweight(to_tsvector('english', unaccent(r.a)), 'A') || setweight(to_tsvector('english', unaccent(r.b)), 'B') ||
        setweight(to_tsvector('english', unaccent(r.c)), 'C') || setweight(to_tsvector('english', unaccent(r.d)), 'D'),
        r.name, r.needs, r.categories, r.areas, r."costType", r.days, r."ageGroups", r."minAge", r."maxAge", r."lastChecked", r.lats, r.lngs, now()
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id uuid, doc jsonb, name text, a text, b text, c text, d text,
        needs text[], categories text[], areas text[], "costType" text, days text[], "ageGroups" text[], "minAge" int, "maxAge" int,
        "lastChecked" int, lats float8[], lngs float8[])
      ON CONFLICT ("serviceId") DO UPDATE SET document = EXCLUDED.document, vector = EXCLUDED.vector, name = EXCLUDED.name,
        needs = EXCLUDED.needs, categories = EXCLUDED.categories, areas = EXCLUDED.areas, "costType" = EXCLUDED."costType",
        days = EXCLUDED.days, "ageGroups" = EXCLUDED."ageGroups", "minAge" = EXCLUDED."minAge", "maxAge" = EXCLUDED."maxAge",
        "lastChecked" = EXCLUDED."lastChecked", lats = EXCLUDED.lats, lngs = EXCLUDED.lngs, "updatedAt" = now()`;
    // Sorted, so concurrent transactions lock new words in the same order and never deadlock.
    const words = [...new Set(chunk.flatMap(documentWords))].sort();
    await client.$executeRaw`INSERT INTO "SearchWord" (word) SELECT unnest(${words}::text[]) ON CONFLICT DO NOTHING`;
  }
}

export async function deleteSearchDocuments(ids: string[], client: Client = db()): Promise<void> {
  if (ids.length) await client.$executeRaw`DELETE FROM "SearchDocument" WHERE "serviceId" = ANY(${ids}::uuid[])`;
}

/** Removes documents for listings no longer in the given set (a full reindex's last step). */
export async function deleteSearchDocumentsExcept(keep: string[]): Promise<number> {
  return db().$executeRaw`DELETE FROM "SearchDocument" WHERE NOT ("serviceId" = ANY(${keep}::uuid[]))`;
}

// ---------------------------------------------------------------------------------------------
// Outbox
// ---------------------------------------------------------------------------------------------

export type OutboxRow = { id: bigint; serviceId: string; attempts: number };

/**
 * Wakes every listening search worker, in whichever process. Sent inside the writing transaction,
 * PostgreSQL delivers it only on commit (never for a rollback), when the outbox row is visible,
 * and folds repeats within one transaction into one.
 */
export async function notifySearchOutbox(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${SEARCH_OUTBOX_CHANNEL}, '')`;
}

/** Claims due rows; SKIP LOCKED lets two workers (say, the site and a reindex) run safely. */
export async function claimOutboxRows(tx: Tx, limit: number): Promise<OutboxRow[]> {
  return tx.$queryRaw<OutboxRow[]>`
    SELECT id, "serviceId", attempts FROM "SearchOutbox"
    WHERE "processedAt" IS NULL AND "availableAt" <= now()
    ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
}

export async function markOutboxDone(tx: Tx, ids: bigint[]): Promise<void> {
  await tx.searchOutbox.updateMany({ where: { id: { in: ids } }, data: { processedAt: new Date() } });
}

/** Backs off 1 s, 2 s, 4 s … up to a minute, keeping the row (and so the change) until it succeeds. */
export async function markOutboxFailed(tx: Tx, rows: OutboxRow[], error: string): Promise<void> {
  for (const r of rows) {
    const delayMs = Math.min(60_000, 1000 * 2 ** Math.min(r.attempts, 10));
    await tx.searchOutbox.update({
      where: { id: r.id },
      data: { attempts: { increment: 1 }, lastError: error.slice(0, 500), availableAt: new Date(Date.now() + delayMs) },
    });
  }
}

/** When Meilisearch comes back, waiting rows are due at once rather than after their back-off. */
/** The newest outbox row's id: a reindex that starts now covers every change up to it. */
export async function latestOutboxId(): Promise<bigint | null> {
  const [{ max }] = await db().$queryRaw<{ max: bigint | null }[]>`SELECT max(id) AS max FROM "SearchOutbox"`;
  return max;
}

/** After a full reindex: the changes queued before it began are already in the index. */
export async function markOutboxDoneUpTo(max: bigint): Promise<void> {
  await db().searchOutbox.updateMany({
    where: { id: { lte: max }, processedAt: null },
    data: { processedAt: new Date() },
  });
}

export async function makeOutboxDueNow(): Promise<number> {
  return db()
    .$executeRaw`UPDATE "SearchOutbox" SET "availableAt" = now() WHERE "processedAt" IS NULL AND "availableAt" > now()`;
}

export async function countPendingOutbox(): Promise<number> {
  return db().searchOutbox.count({ where: { processedAt: null } });
}

/** Processed rows are kept a week for troubleshooting, then dropped. */
export async function pruneOutbox(): Promise<void> {
  await db().searchOutbox.deleteMany({ where: { processedAt: { lt: new Date(Date.now() - 7 * 86_400_000) } } });
}

// ---------------------------------------------------------------------------------------------
// Search log
// ---------------------------------------------------------------------------------------------

export type SearchLogEntry = {
  query: string;
  filters: Record<string, unknown>;
  resultCount: number;
  engine: string;
  durationMs: number;
};

export async function recordSearchLogs(entries: SearchLogEntry[]): Promise<void> {
  if (entries.length)
    await db().searchLog.createMany({ data: entries.map((e) => ({ ...e, filters: e.filters as object })) });
}
