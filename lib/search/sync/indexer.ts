// Applies listing changes to the search engines. Changes arrive through the SearchOutbox table
// (written in the same transaction as the listing), so nothing is lost if Meilisearch is down:
// a failed row stays, backs off and is retried until it succeeds. A full reindex rebuilds both
// engines from PostgreSQL.
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { forgetCachedPages } from "@/lib/platform/page-cache/store";
import { countIndexableServices, findIndexableServices, findIndexableServicesAfter } from "./data";
import { toSearchDocument, type SearchDocument } from "./document";
import type { SearchEngine } from "./engine";
import {
  BEHIND_LIMIT_MS,
  indexEngines,
  isMeilisearchBehind,
  markMeilisearchBehind,
  markMeilisearchCaughtUp,
  markMeilisearchDown,
} from "./engines";
import { MeilisearchEngine } from "./meilisearch-engine";
import {
  claimOutboxRows,
  countPendingOutbox,
  deleteSearchDocuments,
  deleteSearchDocumentsExcept,
  latestOutboxId,
  markOutboxDone,
  markOutboxDoneUpTo,
  markOutboxFailed,
  writeSearchDocuments,
} from "./mutations";
import { loadThesaurus } from "@/lib/thesaurus/store";

type Changes = { upserts: SearchDocument[]; removals: string[] };

async function buildChanges(serviceIds: string[], tx?: Tx): Promise<Changes> {
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

async function applyChanges(engine: SearchEngine, changes: Changes): Promise<void> {
  await engine.upsert(changes.upserts);
  await engine.remove(changes.removals);
}

/**
 * Keeps the PostgreSQL engine exact inside the listing's own transaction (it is the fallback, so
 * it must never lag); Meilisearch follows through the outbox.
 */
export async function refreshPostgresDocument(tx: Tx, serviceId: string): Promise<void> {
  const { upserts, removals } = await buildChanges([serviceId], tx);
  await writeSearchDocuments(upserts, tx);
  await deleteSearchDocuments(removals, tx);
}

/** refreshPostgresDocument for many listings written in one transaction (bulk imports). */
export async function refreshPostgresDocuments(tx: Tx, serviceIds: string[]): Promise<void> {
  const { upserts, removals } = await buildChanges(serviceIds, tx);
  await writeSearchDocuments(upserts, tx);
  await deleteSearchDocuments(removals, tx);
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

/**
 * Meilisearch lacks committed changes until the worker has applied them. Past BEHIND_LIMIT_MS,
 * PostgreSQL answers searches, and pages cached from Meilisearch's answers must go too. Called when
 * a change is heard of (NOTIFY) and when one is claimed; cleared when the outbox is empty.
 */
export function noteChangesWaiting(): void {
  if (markMeilisearchBehind())
    setTimeout(() => isMeilisearchBehind() && forgetCachedPages(), BEHIND_LIMIT_MS + 10).unref();
}

/** Processes due outbox rows in batches until none are left (or one batch fails). */
export async function processSearchOutbox(
  options: { batchSize?: number; engines?: SearchEngine[] } = {},
): Promise<OutboxRun> {
  const engines = options.engines ?? indexEngines();
  const run: OutboxRun = { processed: 0, failed: 0 };
  for (;;) {
    const batch = await db().$transaction(
      async (tx) => {
        const rows = await claimOutboxRows(tx, options.batchSize ?? 200);
        if (!rows.length) return 0;
        if (engines.some((e) => e.name === "meilisearch")) noteChangesWaiting();
        try {
          await ensureConfigured(engines);
          const changes = await buildChanges([...new Set(rows.map((r) => r.serviceId))]);
          for (const engine of engines) await applyChanges(engine, changes);
          await markOutboxDone(
            tx,
            rows.map((r) => r.id),
          );
          return rows.length;
        } catch (error) {
          run.error = (error as Error).message;
          run.failed += rows.length;
          await markOutboxFailed(tx, rows, run.error);
          if (engines.some((e) => e.name === "meilisearch")) markMeilisearchDown(error);
          return -1;
        }
      },
      { timeout: 120_000 },
    );
    // Pages cached while the change waited showed the index as it was: forget them.
    if (batch !== 0) forgetCachedPages();
    // Caught up only when nothing is left, not even failed rows waiting to be retried.
    if (batch === 0 && isMeilisearchBehind() && (await countPendingOutbox()) === 0) markMeilisearchCaughtUp();
    if (batch <= 0) return run;
    run.processed += batch;
  }
}

export type ReindexProgress = (done: number, total: number) => void;

/**
 * Rebuilds every engine from PostgreSQL. Meilisearch is rebuilt into a fresh index and swapped in,
 * so searches keep working (on the old index) while it runs.
 */
export async function reindexAll(
  options: { onProgress?: ReindexProgress; engines?: SearchEngine[] } = {},
): Promise<{ indexed: number }> {
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
  if (engines.some((e) => e.name === "postgres")) await deleteSearchDocumentsExcept(kept);
  if (staging && meili) await meili.swapWith(staging.index);
  // Everything queued before the rebuild began is now in the index.
  if (max !== null) await markOutboxDoneUpTo(max);
  forgetCachedPages();
  return { indexed: kept.length };
}

function meiliOptions() {
  return {
    url: process.env.MEILISEARCH_URL ?? "",
    apiKey: process.env.MEILISEARCH_KEY || undefined,
    queryTimeoutMs: Number(process.env.MEILISEARCH_TIMEOUT_MS) || 500,
  };
}
