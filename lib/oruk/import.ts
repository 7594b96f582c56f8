// Imports a whole feed: maps every record, drops repeats, saves organisations, then saves the
// listings a few at a time (each in its own transaction) and reports what happened to each.
import "server-only";
import { findImportedServiceIds } from "./data";
import { cleanFeedValue } from "./clean-text";
import { isRecord, str, type FeedRecord } from "./feed-fields";
import { mapFeedRecord, type MappedRecord } from "./feed-to-listing";
import { chunk, inParallel, isRetryable } from "./run-batches";
import { plainSaveError } from "./save-error";
import {
  saveImportedBatch,
  saveImportedRecord,
  upsertImportedOrganisation,
  type ImportItem,
  type SaveOptions,
  type SaveOutcome,
} from "./mutations";

export type SkippedRecord = { index: number; id: string; name: string; reason: string };
export type DraftRecord = { index: number; id: string; name: string };

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
  /** Imported or updated as drafts because no contact details were found anywhere: never published by --publish. */
  needsContact: number;
  needsContactRecords: DraftRecord[];
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

export async function importFeed(raw: unknown[], opts: ImportOptions): Promise<ImportReport> {
  const startedAt = new Date();
  const skippedRecords: SkippedRecord[] = [];
  const ready = prepare(raw, opts.source, skippedRecords);
  const needsContactRecords: DraftRecord[] = [];
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
    needsContact: 0,
    needsContactRecords,
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
    for (const r of ready) if (r.record.needsContact) needsContactRecords.push(draftOf(r));
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
        if (typeof outcome === "string") {
          report[outcome]++;
          if (b.record.needsContact) needsContactRecords.push(draftOf(b));
        } else
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
  needsContactRecords.sort((a, b) => a.index - b.index);
  report.skipped = skippedRecords.length;
  report.needsContact = needsContactRecords.length;
  report.finishedAt = new Date().toISOString();
  return report;
}

const draftOf = (r: Ready): DraftRecord => ({ index: r.index, id: r.record.sourceId, name: r.record.listing.name });

// Cleans and maps every record and leaves out what cannot be a listing: an item that is not a
// record, a record with no name, the same id twice, or the same service (name, organisation and
// description) listed twice under two ids. The cleaned record is what the audit entry keeps.
function prepare(raw: unknown[], source: string, skipped: SkippedRecord[]): Ready[] {
  const seenIds = new Map<string, number>();
  const seenContent = new Map<string, string>();
  const ready: Ready[] = [];
  raw.forEach((item, index) => {
    const r = cleanFeedValue(item);
    if (!isRecord(r))
      return skipped.push({
        index,
        id: "(no id)",
        name: "",
        reason: `Item ${index + 1} of the feed is ${Array.isArray(r) ? "a list" : `${typeof r}`}, not a service record.`,
      });
    let mapped: ReturnType<typeof mapFeedRecord>;
    try {
      mapped = mapFeedRecord(r, source);
    } catch (error) {
      // A mapper bug must not stop the rest of the feed; say which record, so it can be reported.
      const why = error instanceof Error ? error.message : String(error);
      mapped = {
        ok: false,
        sourceId: str(r.id).slice(0, 200) || "(no id)",
        name: str(r.name).slice(0, 160),
        reason: `The record could not be read: ${why}.`,
      };
    }
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
      failed.set(o.sourceId, plainSaveError(error));
    }
  }
  for (const r of ready) {
    const why = failed.get(r.record.organisation.sourceId);
    if (why)
      skipped.push({
        index: r.index,
        id: r.record.sourceId,
        name: r.record.listing.name,
        reason: `Its organisation (${r.record.organisation.name}) could not be saved: ${why}`,
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
      return { reason: `Record ${item.record.sourceId} could not be saved: ${plainSaveError(error)}` };
    }
  }
}
