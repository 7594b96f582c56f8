// Writes imported records. Each record is saved in its own transaction (organisation lookup,
// listing, audit row), so one bad record never stops or half-writes the rest. Records are keyed
// on (source system, source id): importing the same feed again updates, never duplicates.
import "server-only";
import { organisationColumns } from "@/lib/organisations/schema";
import { db, type Tx } from "@/lib/platform/db";
import { writeListing, writeNewListings } from "@/lib/services/mutations";
import { slugify } from "@/lib/services/slug";
import type { FeedRecord } from "./feed-fields";
import type { MappedOrganisation, MappedRecord } from "./feed-to-listing";
import type { AuditEventType } from "@/lib/audit/schema";

export async function upsertImportedOrganisation(source: string, o: MappedOrganisation): Promise<string> {
  return db().$transaction(async (tx) => {
    const data = { ...organisationColumns(o), logo: o.logo ?? null, uri: o.uri ?? null };
    const existing = await tx.organisation.findUnique({
      where: { sourceSystem_sourceId: { sourceSystem: source, sourceId: o.sourceId } },
      select: { id: true },
    });
    if (existing) return (await tx.organisation.update({ where: { id: existing.id }, data, select: { id: true } })).id;
    const slug = await uniqueOrganisationSlug(tx, slugify(o.name));
    const created = await tx.organisation.create({
      data: { ...data, slug, sourceSystem: source, sourceId: o.sourceId },
      select: { id: true },
    });
    return created.id;
  });
}

async function uniqueOrganisationSlug(tx: Tx, wanted: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`;
    if (!(await tx.organisation.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

export type SaveOptions = { publish: boolean; now?: Date };
export type ImportItem = { record: MappedRecord; organisationId: string; raw: FeedRecord; existingId?: string };

/**
 * Creates or updates the listing for one imported record and records, in the audit log, what
 * was derived and the record exactly as the feed had it, so an officer reviewing the draft can
 * see where every value came from and nothing in the feed is lost.
 */
async function saveInTransaction(
  tx: Tx,
  source: string,
  item: ImportItem,
  opts: SaveOptions,
): Promise<"imported" | "updated"> {
  const { record, existingId } = item;
  const saved = await writeListing(tx, record.listing, {
    organisationId: item.organisationId,
    serviceId: existingId,
    publish: opts.publish,
    source: { system: source, id: record.sourceId },
    now: opts.now,
  });
  await tx.auditEvent.create({ data: auditRow(source, item, saved.id, opts) });
  return existingId ? "updated" : "imported";
}

/** One record in its own transaction. */
export function saveImportedRecord(
  source: string,
  item: ImportItem,
  opts: SaveOptions,
): Promise<"imported" | "updated"> {
  return db().$transaction((tx) => saveInTransaction(tx, source, item, opts), { timeout: 30_000 });
}

/**
 * Several records in one transaction, to spare a commit per record in big imports; new listings
 * are written together (writeNewListings), known ones updated one by one. All or nothing: when
 * it throws, nothing of the batch was written and the caller saves the records one by one, so a
 * bad record still never stops or half-writes the others.
 */
export function saveImportedBatch(
  source: string,
  items: ImportItem[],
  opts: SaveOptions,
): Promise<("imported" | "updated")[]> {
  return db().$transaction(
    async (tx) => {
      const fresh = items.filter((i) => !i.existingId);
      const written = await writeNewListings(
        tx,
        fresh.map((i) => ({
          listing: i.record.listing,
          organisationId: i.organisationId,
          source: { system: source, id: i.record.sourceId },
        })),
        opts,
      );
      await tx.auditEvent.createMany({ data: fresh.map((item, n) => auditRow(source, item, written[n].id, opts)) });
      for (const item of items.filter((i) => i.existingId)) await saveInTransaction(tx, source, item, opts);
      return items.map((i) => (i.existingId ? "updated" : "imported"));
    },
    { timeout: 120_000 },
  );
}

// Written directly (createMany, for bulk speed) rather than through recordAudit; the type is
// still one of the audit log's known kinds, so the log can label it.
function auditRow(source: string, item: ImportItem, serviceId: string, opts: SaveOptions) {
  const type: AuditEventType = item.existingId ? "service.reimported" : "service.imported";
  return {
    type,
    actorEmail: "importer",
    entityType: "service",
    entityId: serviceId,
    data: JSON.parse(
      JSON.stringify({
        source,
        sourceId: item.record.sourceId,
        published: opts.publish,
        derived: item.record.derived,
        record: item.raw,
      }),
    ),
  };
}
