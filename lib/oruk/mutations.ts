// Writes imported records. Each record is saved in its own transaction (organisation lookup,
// listing, audit row), so one bad record never stops or half-writes the rest. Records are keyed
// on (source system, source id): importing the same feed again finds the same listings, never
// duplicates, and a live listing's change waits for an officer's approval (updateImported).
import "server-only";
import { organisationColumns } from "@/lib/organisations/schema";
import { db, type Tx } from "@/lib/platform/db";
import { writeListing, writeNewListings } from "@/lib/services/mutations";
import { FULL_LISTING } from "@/lib/services/data";
import { listingInputSchema, type Listing } from "@/lib/services/schema";
import { applyApproval } from "@/lib/revisions/mutations";
import { listingFromService } from "@/lib/revisions/listing-from-service";
import { applyFeedChange, canonicalJson, sameListing } from "./feed-change";
import { mapFeedRecord } from "./feed-to-listing";
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
/** What happened to a record: a new listing, a listing changed, a change waiting for review, or nothing. */
export type SaveOutcome = "imported" | "updated" | "forReview" | "unchanged";

/**
 * Creates the listing for a new record, or takes a known record's change (updateImported), and
 * records in the audit log what was derived and the record exactly as the feed had it, so an
 * officer can see where every value came from and nothing in the feed is lost.
 */
async function saveInTransaction(tx: Tx, source: string, item: ImportItem, all: SaveOptions): Promise<SaveOutcome> {
  const opts = optionsFor(item, all);
  if (item.existingId) return updateImported(tx, source, { ...item, existingId: item.existingId }, opts);
  const saved = await writeListing(tx, item.record.listing, {
    organisationId: item.organisationId,
    publish: opts.publish,
    source: { system: source, id: item.record.sourceId },
    now: opts.now,
  });
  await tx.auditEvent.create({ data: auditRow(source, item, saved.id, opts) });
  return "imported";
}

/** One record in its own transaction. */
export function saveImportedRecord(source: string, item: ImportItem, opts: SaveOptions): Promise<SaveOutcome> {
  return db().$transaction((tx) => saveInTransaction(tx, source, item, opts), { timeout: 30_000 });
}

/**
 * Several records in one transaction, to spare a commit per record in big imports; new listings
 * are written together (writeNewListings), known ones taken one by one. All or nothing: when
 * it throws, nothing of the batch was written and the caller saves the records one by one, so a
 * bad record still never stops or half-writes the others.
 */
export function saveImportedBatch(source: string, items: ImportItem[], opts: SaveOptions): Promise<SaveOutcome[]> {
  return db().$transaction(
    async (tx) => {
      // Listings without contact details are written as drafts whatever --publish says: two groups.
      for (const publish of [true, false]) {
        const fresh = items.filter((i) => !i.existingId && optionsFor(i, opts).publish === publish);
        const groupOpts = { ...opts, publish };
        const written = await writeNewListings(
          tx,
          fresh.map((i) => ({
            listing: i.record.listing,
            organisationId: i.organisationId,
            source: { system: source, id: i.record.sourceId },
          })),
          groupOpts,
        );
        if (fresh.length)
          await tx.auditEvent.createMany({
            data: fresh.map((item, n) => auditRow(source, item, written[n].id, groupOpts)),
          });
      }
      const outcomes = new Map<ImportItem, SaveOutcome>();
      for (const item of items.filter((i) => i.existingId))
        outcomes.set(item, await saveInTransaction(tx, source, item, opts));
      return items.map((i) => outcomes.get(i) ?? "imported");
    },
    { timeout: 120_000 },
  );
}

// Written directly (createMany, for bulk speed) rather than through recordAudit; the type is
// still one of the audit log's known kinds, so the log can label it.
export function auditRow(
  source: string,
  item: ImportItem,
  serviceId: string,
  opts: SaveOptions,
  extra: Record<string, unknown> = {},
) {
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
        ...(item.record.needsContact ? { needsContact: true } : {}),
        // The full text of every field shortened to fit the listing (the record below has it too).
        ...(Object.keys(item.record.shortened).length ? { fullText: item.record.shortened } : {}),
        record: item.raw,
        ...extra,
      }),
    ),
  };
}

/** --publish never publishes a listing with no contact details: it stays a draft for an officer. */
function optionsFor(item: ImportItem, opts: SaveOptions): SaveOptions {
  return item.record.needsContact && opts.publish ? { ...opts, publish: false } : opts;
}

const IMPORTER = { actor: { id: null, email: "importer" }, reviewerId: null };
type ImportAudit = { createdAt: Date; data: { record?: FeedRecord; revisionId?: string } };

/**
 * A known record. A listing nobody has published is a draft and is updated in place, as when it was
 * first imported. A live listing is never written here: the feed's change becomes a submitted
 * revision by the importer (replacing one still waiting), reviewed like anyone's; with --publish it
 * is approved at once through the same approval, unless an officer changed the listing since.
 */
async function updateImported(
  tx: Tx,
  source: string,
  item: ImportItem & { existingId: string },
  opts: SaveOptions,
): Promise<SaveOutcome> {
  const service = await tx.service.findUniqueOrThrow({ where: { id: item.existingId }, include: FULL_LISTING });
  const imports = (await tx.auditEvent.findMany({
    where: { entityId: service.id, type: { in: ["service.imported", "service.reimported"] } },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { createdAt: true, data: true },
  })) as ImportAudit[];
  const sameRecord = !!imports[0] && canonicalJson(imports[0].data.record) === canonicalJson(item.raw);
  if (!service.publishedAt) {
    if (sameRecord && !opts.publish) return "unchanged";
    await writeListing(tx, item.record.listing, {
      organisationId: item.organisationId,
      serviceId: service.id,
      publish: opts.publish,
      source: { system: source, id: item.record.sourceId },
      now: opts.now,
    });
    await tx.auditEvent.create({ data: auditRow(source, item, service.id, opts) });
    return "updated";
  }
  if (sameRecord) return "unchanged";

  // The feed's record when the live listing last took it: the latest import that went live.
  const approved = new Set(
    (
      await tx.serviceRevision.findMany({
        where: { serviceId: service.id, importSource: source, state: "approved" },
        select: { id: true },
      })
    ).map((r) => r.id),
  );
  const taken = imports.find((a) => !a.data.revisionId || approved.has(a.data.revisionId));
  const previous = taken?.data.record && mapFeedRecord(taken.data.record, source);
  const live = listingInputSchema.parse(listingFromService(service));
  const proposed = feedProposal(live, previous?.ok ? previous.record.listing : null, item.record.listing);
  const open = await tx.serviceRevision.findFirst({
    where: { serviceId: service.id, importSource: source, state: "submitted" },
  });
  if (sameListing(live, proposed)) {
    // The feed now says what is live: a change of its still waiting is no longer wanted.
    if (open)
      await tx.serviceRevision.update({
        where: { id: open.id },
        data: { state: "rejected", reason: "The feed no longer asks for this change.", decidedAt: new Date() },
      });
    return "unchanged";
  }
  const fields = {
    data: JSON.parse(JSON.stringify(proposed)),
    baseUpdatedAt: service.updatedAt,
    submittedAt: opts.now ?? new Date(),
  };
  const revision = open
    ? await tx.serviceRevision.update({ where: { id: open.id }, data: fields })
    : await tx.serviceRevision.create({
        data: {
          ...fields,
          serviceId: service.id,
          organisationId: service.organisationId,
          state: "submitted",
          importSource: source,
        },
      });
  await tx.auditEvent.create({ data: auditRow(source, item, service.id, opts, { revisionId: revision.id }) });
  // An officer's approved edit since the feed's last change is theirs to weigh against the feed's.
  const officerEdited = await tx.serviceRevision.count({
    where: { serviceId: service.id, state: "approved", importSource: null, decidedAt: { gt: taken?.createdAt } },
  });
  if (!opts.publish || officerEdited > 0) return "forReview";
  await applyApproval(tx, revision, IMPORTER, opts.now ?? new Date());
  return "updated";
}

/** The feed's change applied to the live listing, or (if that does not make a valid listing) the feed's whole one. */
function feedProposal(live: Listing, previous: Listing | null, next: Listing): Listing {
  const merged = listingInputSchema.safeParse(applyFeedChange(live, previous, next));
  return merged.success ? merged.data : { ...next, slug: live.slug };
}
