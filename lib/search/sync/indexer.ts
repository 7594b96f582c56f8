// Applies listing changes to the search engines. Changes arrive through the SearchOutbox table
// (written in the same transaction as the listing), so nothing is lost if Meilisearch is down:
// a failed row stays, backs off and is retried until it succeeds. A full reindex rebuilds both
// engines from PostgreSQL.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { announcePageChange } from "@/lib/platform/page-cache/mutations";
import { forgetCachedPages } from "@/lib/platform/page-cache/store";
import { withAdvisoryLock } from "@/lib/platform/runtime/advisory-lock";
import { toSearchDocument, type SearchDocument } from "@/lib/search/document";
import { toAdviceDocument, type AdviceDocument } from "@/lib/search/advice-document";
import {
  deleteAdviceDocuments,
  deleteAdviceDocumentsExcept,
  deleteSearchDocuments,
  deleteSearchDocumentsExcept,
  writeAdviceDocuments,
  writeSearchDocuments,
} from "@/lib/search/postgres/mutations";
import type { SearchEngine } from "@/lib/search/query/engine";
import {
  indexEngines,
  isMeilisearchBehind,
  markMeilisearchBehind,
  markMeilisearchCaughtUp,
  markMeilisearchDown,
  meilisearchKeys,
} from "@/lib/search/query/engines";
import { MeilisearchEngine } from "@/lib/search/query/meilisearch-engine";
import { loadThesaurus } from "@/lib/thesaurus/store";
import {
  countIndexableServices,
  countPendingOutbox,
  findIndexableAdvicePages,
  findIndexableServices,
  findIndexableServicesAfter,
  latestOutboxId,
} from "./data";
import { markOutboxDoneUpTo, runOutboxBatch, type OutboxRow } from "./mutations";

type Changes = { upserts: SearchDocument[]; removals: string[] };
type AdviceChanges = { upserts: AdviceDocument[]; removals: string[] };

async function buildChanges(serviceIds: string[], tx?: Prisma.TransactionClient): Promise<Changes> {
  const { phrases } = await loadThesaurus();
  const services = await findIndexableServices(serviceIds, tx);
  const upserts: SearchDocument[] = [];
  for (const s of services) {
    const doc = toSearchDocument(s, phrases);
    if (doc) upserts.push(doc);
  }
  const indexed = new Set(upserts.map((d) => d.id));
  // Not searchable any more, or deleted outright: out of the index.
  return { upserts, removals: serviceIds.filter((id) => !indexed.has(id)) };
}

async function buildAdviceChanges(adviceIds: string[], tx?: Prisma.TransactionClient): Promise<AdviceChanges> {
  if (!adviceIds.length) return { upserts: [], removals: [] };
  const { phrases } = await loadThesaurus();
  const pages = await findIndexableAdvicePages(adviceIds, tx);
  const upserts = pages.map((p) => toAdviceDocument(p, phrases)).filter((d): d is AdviceDocument => d !== null);
  const indexed = new Set(upserts.map((d) => d.id));
  return { upserts, removals: adviceIds.filter((id) => !indexed.has(id)) };
}

async function applyChanges(engine: SearchEngine, changes: Changes, advice: AdviceChanges): Promise<void> {
  await engine.upsert(changes.upserts);
  await engine.remove(changes.removals);
  await engine.upsertAdvice(advice.upserts);
  await engine.removeAdvice(advice.removals);
}

const idsOfKind = (rows: OutboxRow[], kind: OutboxRow["kind"]) => [
  ...new Set(rows.filter((r) => r.kind === kind).map((r) => r.serviceId)),
];

/**
 * Keeps the PostgreSQL engine exact inside the listings' own transaction (it is the fallback, so it
 * must never lag); Meilisearch follows through the outbox.
 */
export async function refreshPostgresDocuments(tx: Prisma.TransactionClient, serviceIds: string[]): Promise<void> {
  const { upserts, removals } = await buildChanges(serviceIds, tx);
  await writeSearchDocuments(upserts, tx);
  await deleteSearchDocuments(removals, tx);
  forgetPagesShowingListings();
}

/** refreshPostgresDocuments for advice pages, in the approval's own transaction. */
export async function refreshPostgresAdvice(tx: Prisma.TransactionClient, adviceIds: string[]): Promise<void> {
  const { upserts, removals } = await buildAdviceChanges(adviceIds, tx);
  await writeAdviceDocuments(upserts, tx);
  await deleteAdviceDocuments(removals, tx);
  forgetPagesShowingListings();
}

/**
 * Public pages show listings as the search engines hold them, so whenever an engine's copy changes the
 * page cache is cleared (ADR 0015): PostgreSQL's when a change is queued (above), Meilisearch's when the
 * worker has applied a batch or a reindex has swapped the index in. The worker hears of changes made by
 * other processes too, so their edits clear this process's cache. The one place listing changes clear it.
 */
function forgetPagesShowingListings(): void {
  forgetCachedPages();
}

export type OutboxRun = { processed: number; failed: number; error?: string };

// Meilisearch indexes are configured (settings, synonyms) once per process before the first write.
const configured = new WeakSet<MeilisearchEngine>();
async function ensureConfigured(engines: SearchEngine[]): Promise<void> {
  for (const e of engines) {
    if (e instanceof MeilisearchEngine && !configured.has(e)) {
      await e.configure((await loadThesaurus()).entries);
      configured.add(e);
    }
  }
}

/** Processes due outbox rows in batches until none are left (or one batch fails). */
export async function processSearchOutbox(
  options: { batchSize?: number; engines?: SearchEngine[] } = {},
): Promise<OutboxRun> {
  const engines = options.engines ?? indexEngines();
  const run: OutboxRun = { processed: 0, failed: 0 };
  const meili = engines.some((e) => e.name === "meilisearch");
  for (;;) {
    const batch = await runOutboxBatch(options.batchSize ?? 200, async (rows) => {
      if (meili) markMeilisearchBehind();
      await ensureConfigured(engines);
      const changes = await buildChanges(idsOfKind(rows, "service"));
      const advice = await buildAdviceChanges(idsOfKind(rows, "advice"));
      for (const engine of engines) await applyChanges(engine, changes, advice);
    });
    if (batch.error) {
      run.error = (batch.error as Error).message;
      run.failed += batch.claimed;
      if (meili) markMeilisearchDown(batch.error);
    }
    // Pages cached while the change waited showed the index as it was: forget them.
    if (batch.claimed) forgetPagesShowingListings();
    // Caught up only when nothing is left, not even failed rows waiting to be retried.
    if (!batch.claimed && isMeilisearchBehind() && (await countPendingOutbox()) === 0) markMeilisearchCaughtUp();
    if (!batch.claimed || batch.error) return run;
    run.processed += batch.claimed;
  }
}

export type ReindexProgress = (done: number, total: number) => void;
type ReindexOptions = { onProgress?: ReindexProgress; engines?: SearchEngine[] };

/**
 * Rebuilds every engine from PostgreSQL. Meilisearch is rebuilt into a fresh index and swapped in,
 * so searches keep working (on the old index) while it runs. Only one server at a time: under a
 * PostgreSQL advisory lock (ADR 0021); when another server holds it this returns `skipped` at once,
 * since that server's rebuild covers everything committed before it began, and the outbox the rest.
 */
export async function reindexAll(options: ReindexOptions = {}): Promise<{ indexed: number; skipped?: true }> {
  const run = await withAdvisoryLock("searchReindex", () => rebuildEverything(options));
  return run.ran ? run.value : { indexed: 0, skipped: true };
}

async function rebuildEverything(options: ReindexOptions): Promise<{ indexed: number }> {
  const { entries } = await loadThesaurus();
  const engines = options.engines ?? indexEngines();
  const max = await latestOutboxId();
  const total = await countIndexableServices();
  const meili = engines.find((e): e is MeilisearchEngine => e instanceof MeilisearchEngine);
  const staging = meili ? new MeilisearchEngine({ ...meiliOptions(), index: `${meili.index}_rebuild` }) : undefined;
  if (staging) {
    await meili!.configure(entries);
    await staging.configure(entries);
    await staging.clear();
  }
  const targets: SearchEngine[] = engines.filter((e) => !(e instanceof MeilisearchEngine));
  if (staging) targets.push(staging);

  const kept: string[] = [];
  let done = 0;
  let after: string | undefined;
  options.onProgress?.(0, total);
  for (;;) {
    const page = await findIndexableServicesAfter(after, 500);
    if (!page.length) break;
    after = page[page.length - 1].id;
    const { upserts } = await buildChanges(page.map((s) => s.id));
    for (const t of targets) await t.upsert(upserts);
    kept.push(...upserts.map((d) => d.id));
    done += page.length;
    options.onProgress?.(done, total);
  }
  // Advice pages: tens, not thousands, so in one go.
  const { phrases } = await loadThesaurus();
  const pages = await findIndexableAdvicePages();
  const adviceDocuments = pages.map((p) => toAdviceDocument(p, phrases)).filter((d): d is AdviceDocument => !!d);
  for (const t of targets) await t.upsertAdvice(adviceDocuments);
  if (engines.some((e) => e.name === "postgres")) {
    await deleteSearchDocumentsExcept(kept);
    await deleteAdviceDocumentsExcept(adviceDocuments.map((d) => d.id));
  }
  if (staging && meili) await meili.swapWith(staging);
  // Everything queued before the rebuild began is now in the index.
  if (max !== null) await markOutboxDoneUpTo(max);
  forgetPagesShowingListings();
  await announcePageChange(); // and every other server's
  return { indexed: kept.length };
}

function meiliOptions() {
  return {
    url: process.env.MEILISEARCH_URL ?? "",
    apiKey: meilisearchKeys().searchKey,
    adminKey: meilisearchKeys().adminKey,
    queryTimeoutMs: Number(process.env.MEILISEARCH_TIMEOUT_MS) || 500,
  };
}
