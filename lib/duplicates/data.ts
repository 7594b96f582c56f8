// Finds the existing listings a submission or import looks like. Computed when the queue or the
// review page is read, not stored when submitted: it then also covers imported and newly added
// listings (which have no revision to store a flag on), and a match archived meanwhile stops
// showing. Each rule is one small lookup; names are compared with pg_trgm's similarity().
import "server-only";
import { db } from "@/lib/platform/db";
import { FULL_LISTING } from "@/lib/services/data";
import type { ListingInput } from "@/lib/services/schema";
import { duplicateKeys, SIMILAR_NAME, type DuplicateReason } from "./match";

export type LikelyDuplicate = {
  id: string;
  name: string;
  slug: string;
  organisationName: string;
  publishedAt: Date | null;
  reasons: DuplicateReason[];
  similarity: number;
};

type Row = { id: string; reason: DuplicateReason };
const NO_ID = "00000000-0000-0000-0000-000000000000";

/**
 * Existing, not archived listings that look like `listing` (to be run by `organisationId`), best
 * first: the most rules met, then the most similar name. `excludeId` is the listing itself.
 */
export async function findLikelyDuplicates(
  candidate: { organisationId: string; listing: ListingInput; excludeId?: string | null },
  limit = 3,
): Promise<LikelyDuplicate[]> {
  const k = duplicateKeys(candidate.listing);
  const exclude = candidate.excludeId ?? NO_ID;
  const rows = await db().$queryRaw<Row[]>`
    SELECT s.id, 'organisation' AS reason FROM "Service" s
     WHERE s."organisationId" = ${candidate.organisationId}::uuid AND similarity(s.name, ${k.name}) >= ${SIMILAR_NAME}
    UNION ALL
    SELECT c."serviceId", 'phone' FROM "Phone" p JOIN "Contact" c ON c.id = p."contactId"
     WHERE '0' || ltrim(regexp_replace(regexp_replace(p.number, '\\D', '', 'g'), '^44', ''), '0')
           = ANY(${k.phones}::text[])
    UNION ALL
    SELECT c."serviceId", 'email' FROM "Contact" c WHERE lower(trim(c.email)) = ANY(${k.emails}::text[])
    UNION ALL
    SELECT s.id, 'email' FROM "Service" s WHERE lower(trim(s.email)) = ANY(${k.emails}::text[])
    UNION ALL
    SELECT s.id, 'website' FROM "Service" s
     WHERE ${k.website} <> ''
       AND regexp_replace(regexp_replace(lower(trim(s.url)), '^https?://(www\\.)?', ''), '/+$', '') = ${k.website}
    UNION ALL
    SELECT sl."serviceId", 'postcode' FROM "Address" a
      JOIN "ServiceAtLocation" sl ON sl."locationId" = a."locationId"
      JOIN "Service" s ON s.id = sl."serviceId"
     WHERE upper(replace(a."postalCode", ' ', '')) = ANY(${k.postcodes}::text[])
       AND similarity(s.name, ${k.name}) >= ${SIMILAR_NAME}`;
  const reasons = new Map<string, Set<DuplicateReason>>();
  for (const row of rows) {
    if (row.id === exclude) continue;
    reasons.set(row.id, (reasons.get(row.id) ?? new Set()).add(row.reason));
  }
  if (reasons.size === 0) return [];
  const services = await db().$queryRaw<
    { id: string; name: string; slug: string; organisationName: string; publishedAt: Date | null; similarity: number }[]
  >`
    SELECT s.id, s.name, s.slug, o.name AS "organisationName", s."publishedAt",
           similarity(s.name, ${k.name}) AS similarity
      FROM "Service" s JOIN "Organisation" o ON o.id = s."organisationId"
     WHERE s.id = ANY(${[...reasons.keys()]}::uuid[]) AND s."archivedAt" IS NULL`;
  return services
    .map((s) => ({ ...s, reasons: [...(reasons.get(s.id) ?? [])].sort(), similarity: Number(s.similarity) }))
    .sort((a, b) => b.reasons.length - a.reasons.length || b.similarity - a.similarity)
    .slice(0, limit);
}

/** The matched listing in full, for the review page's side-by-side view. */
export function findDuplicateListing(serviceId: string) {
  return db().service.findFirst({ where: { id: serviceId, archivedAt: null }, include: FULL_LISTING });
}
