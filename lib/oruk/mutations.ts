// Writes imported records. Each record is saved in its own transaction (organisation lookup,
// listing, audit row), so one bad record never stops or half-writes the rest. Records are keyed
// on (source system, source id): importing the same feed again updates, never duplicates.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { writeListing } from "@/lib/services/mutations";
import { slugify } from "@/lib/services/slug";
import type { FeedRecord } from "./feed-fields";
import type { MappedOrganisation, MappedRecord } from "./feed-to-listing";

export async function upsertImportedOrganisation(source: string, o: MappedOrganisation): Promise<string> {
  return db().$transaction(async (tx) => {
    const data = {
      name: o.name, description: o.description, kind: o.kind,
      email: o.email ?? null, website: o.website ?? null, logo: o.logo ?? null, uri: o.uri ?? null,
    };
    const existing = await tx.organisation.findUnique({
      where: { sourceSystem_sourceId: { sourceSystem: source, sourceId: o.sourceId } },
      select: { id: true },
    });
    if (existing) return (await tx.organisation.update({ where: { id: existing.id }, data, select: { id: true } })).id;
    const slug = await uniqueOrganisationSlug(tx, slugify(o.name));
    const created = await tx.organisation.create({ data: { ...data, slug, sourceSystem: source, sourceId: o.sourceId }, select: { id: true } });
    return created.id;
  });
}

async function uniqueOrganisationSlug(tx: Tx, wanted: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`;
    if (!(await tx.organisation.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

export type SaveOptions = { publish: boolean; raw: FeedRecord; now?: Date };

/**
 * Creates or updates the listing for one imported record and records, in the audit log, what
 * was derived and the record exactly as the feed had it, so an officer reviewing the draft can
 * see where every value came from and nothing in the feed is lost.
 */
export async function saveImportedRecord(
  source: string,
  record: MappedRecord,
  organisationId: string,
  opts: SaveOptions,
): Promise<"imported" | "updated"> {
  return db().$transaction(
    async (tx) => {
      const existing = await tx.service.findUnique({
        where: { sourceSystem_sourceId: { sourceSystem: source, sourceId: record.sourceId } },
        select: { id: true },
      });
      const saved = await writeListing(tx, record.listing, {
        organisationId,
        serviceId: existing?.id,
        publish: opts.publish,
        source: { system: source, id: record.sourceId },
        now: opts.now,
      });
      await tx.auditEvent.create({
        data: {
          type: existing ? "service.reimported" : "service.imported",
          actorEmail: "importer",
          entityType: "service",
          entityId: saved.id,
          data: JSON.parse(JSON.stringify({ source, sourceId: record.sourceId, published: opts.publish, derived: record.derived, record: opts.raw })),
        },
      });
      return existing ? "updated" : "imported";
    },
    { timeout: 30_000 },
  );
}
