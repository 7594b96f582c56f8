// Imports a whole feed: maps every record, drops repeats, saves organisations, then saves the
// listings a few at a time (each in its own transaction) and reports what happened to each.
import "server-only";
import { findImportedServiceIds } from "./data";
import type { FeedRecord } from "./feed-fields";
import { mapFeedRecord, type MappedRecord } from "./feed-to-listing";
import {
  saveImportedBatch,
  saveImportedRecord,
  upsertImportedOrganisation,
  type ImportItem,
  type SaveOptions,
  type SaveOutcome,
} from "./mutations";

export type SkippedRecord = { index: number; id: string; name: string; reason: string };

export type ImportReport = {
  source: string;
  publish: boolean;
  dryRun: boolean;
  startedAt: string;
  finishedAt: string;
  records: number;
  /** New listings. */
  imported: number;
  /** Known listings changed: drafts updated in place, or (with --publish) a feed's change approved. */
  updated: number;
  /** Live listings whose feed record changed: a revision by the importer waits in the review queue. */
  forReview: number;
  /** Known records the feed has not changed: nothing written. */
  unchanged: number;
  skipped: number;
  skippedRecords: SkippedRecord[];
  /** How many listings had each field derived rather than read from the feed. */
  derived: Record<string, number>;
};

export type ImportOptions = {
  source: string;
  publish?: boolean;
  dryRun?: boolean;
  concurrency?: number;
  /** Records per transaction; a failed batch is retried record by record. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
};

type Ready = { index: number; raw: FeedRecord; record: MappedRecord };

export async function importFeed(raw: FeedRecord[], opts: ImportOptions): Promise<ImportReport> {
  const startedAt = new Date();
  const skippedRecords: SkippedRecord[] = [];
  const ready = prepare(raw, opts.source, skippedRecords);
  const report: ImportReport = {
    source: opts.source,
    publish: !!opts.publish,
    dryRun: !!opts.dryRun,
    startedAt: startedAt.toISOString(),
    finishedAt: "",
    records: raw.length,
    imported: 0,
    updated: 0,
    forReview: 0,
    unchanged: 0,
    skipped: 0,
    skippedRecords,
    derived: countDerived(ready),
  };

  if (opts.dryRun) {
    // Contents are not compared without writing: every known record counts as updated.
    const existing = await findImportedServiceIds(
      opts.source,
      ready.map((r) => r.record.sourceId),
    );
    report.updated = ready.filter((r) => existing.has(r.record.sourceId)).length;
    report.imported = ready.length - report.updated;
  } else {
    const organisations = await saveOrganisations(ready, opts.source, skippedRecords);
    const existing = await findImportedServiceIds(
      opts.source,
      ready.map((r) => r.record.sourceId),
    );
    const items = ready.flatMap((r) => {
      const organisationId = organisations.get(r.record.organisation.sourceId);
      return organisationId
        ? [
            {
              ...r,
              item: { record: r.record, raw: r.raw, organisationId, existingId: existing.get(r.record.sourceId) },
            },
          ]
        : [];
    });
    let done = ready.length - items.length;
    const save = { publish: !!opts.publish };
    const batches = chunk(items, opts.batchSize ?? 50);
    await inParallel(batches, opts.concurrency ?? 4, async (batch) => {
      let outcomes: (SaveOutcome | { reason: string })[];
      try {
        outcomes = await saveImportedBatch(
          opts.source,
          batch.map((b) => b.item),
          save,
        );
      } catch {
        outcomes = [];
        for (const b of batch) outcomes.push(await saveWithRetry(opts.source, b.item, save));
      }
      batch.forEach((b, i) => {
        const outcome = outcomes[i];
        if (typeof outcome === "string") report[outcome]++;
        else
          skippedRecords.push({
            index: b.index,
            id: b.record.sourceId,
            name: b.record.listing.name,
            reason: outcome.reason,
          });
      });
      done += batch.length;
      opts.onProgress?.(done, ready.length);
    });
  }
  skippedRecords.sort((a, b) => a.index - b.index);
  report.skipped = skippedRecords.length;
  report.finishedAt = new Date().toISOString();
  return report;
}

// Maps every record and leaves out repeats: the same id twice, or the same service (name,
// organisation and description) listed twice under two ids.
function prepare(raw: FeedRecord[], source: string, skipped: SkippedRecord[]): Ready[] {
  const seenIds = new Map<string, number>();
  const seenContent = new Map<string, string>();
  const ready: Ready[] = [];
  raw.forEach((r, index) => {
    const mapped = mapFeedRecord(r, source);
    if (!mapped.ok) return skipped.push({ index, id: mapped.sourceId, name: mapped.name, reason: mapped.reason });
    const { record } = mapped;
    const earlier = seenIds.get(record.sourceId);
    if (earlier !== undefined)
      return skipped.push({
        index,
        id: record.sourceId,
        name: record.listing.name,
        reason: `The same id appears earlier in the feed (record ${earlier + 1}).`,
      });
    seenIds.set(record.sourceId, index);
    const fingerprint = [
      record.listing.name.toLowerCase(),
      record.organisation.sourceId,
      record.listing.description,
    ].join("\u0000");
    const twin = seenContent.get(fingerprint);
    if (twin)
      return skipped.push({
        index,
        id: record.sourceId,
        name: record.listing.name,
        reason: `A duplicate of record ${twin}: same name, organisation and description.`,
      });
    seenContent.set(fingerprint, record.sourceId);
    ready.push({ index, raw: r, record });
  });
  return ready;
}

function countDerived(ready: Ready[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of ready)
    for (const d of r.record.derived) {
      const field = d.split(/:|'/)[0].trim();
      counts[field] = (counts[field] ?? 0) + 1;
    }
  return counts;
}

// Organisations first and one at a time, so two listings of one provider never race to create it.
async function saveOrganisations(
  ready: Ready[],
  source: string,
  skipped: SkippedRecord[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const failed = new Map<string, string>();
  for (const r of ready) {
    const o = r.record.organisation;
    if (ids.has(o.sourceId) || failed.has(o.sourceId)) continue;
    try {
      ids.set(o.sourceId, await upsertImportedOrganisation(source, o));
    } catch (error) {
      failed.set(o.sourceId, plainError(error));
    }
  }
  for (const r of ready) {
    const why = failed.get(r.record.organisation.sourceId);
    if (why)
      skipped.push({
        index: r.index,
        id: r.record.sourceId,
        name: r.record.listing.name,
        reason: `Its organisation could not be saved: ${why}`,
      });
  }
  return ids;
}

async function saveWithRetry(
  source: string,
  item: ImportItem,
  opts: SaveOptions,
): Promise<SaveOutcome | { reason: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await saveImportedRecord(source, item, opts);
    } catch (error) {
      if (attempt < 5 && isRetryable(error)) {
        await new Promise((r) => setTimeout(r, 20 * attempt * Math.random()));
        continue;
      }
      return { reason: `It could not be saved: ${plainError(error)}` };
    }
  }
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// A slug race (two new listings with one name) or a deadlock between concurrent transactions:
// the transaction rolled back whole, so trying again is safe.
function isRetryable(e: unknown): boolean {
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  return (
    code === "P2002" ||
    code === "P2034" ||
    /40P01|40001|deadlock detected|could not serialize/.test(String((e as Error)?.message))
  );
}

function plainError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n").filter(Boolean).slice(-1)[0]?.slice(0, 300) ?? "unknown error";
}

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
