// Reads of published listings for the public site. Every query goes through PUBLIC_SERVICE so an
// unpublished, archived or draft listing can never leak onto a public page. FULL_LISTING, the shape
// of a whole listing, is shared with the editor, revisions and the ORUK API, which scope their own reads.
import "server-only";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/generated/prisma/client";

export const PUBLIC_SERVICE: Prisma.ServiceWhereInput = { publishedAt: { not: null }, archivedAt: null };
// Closed-for-good and paused listings keep their page (people follow old links) but leave browsing.
const BROWSABLE: Prisma.ServiceWhereInput = { ...PUBLIC_SERVICE, status: { in: ["active", "temporarily_closed"] } };

const BY_ID = { orderBy: { id: "asc" } } as const;

/**
 * A listing with everything: for its public page, the editor and revisions (listingFromService), and the ORUK
 * API and CSV. Children come in id order, which is the order they were written (newOrderedId); contacts and
 * phones have positions of their own. Terms too are in id order, for ORUK: the public page re-sorts them.
 */
export const FULL_LISTING = {
  organisation: true,
  contacts: { orderBy: { position: "asc" }, include: { phones: { orderBy: { position: "asc" } } } },
  serviceAtLocations: { ...BY_ID, include: { location: { include: { addresses: BY_ID, accessibility: BY_ID } } } },
  schedules: { ...BY_ID, include: { serviceAtLocation: { select: { location: { select: { name: true } } } } } },
  costOptions: BY_ID,
  languages: BY_ID,
  serviceAreas: BY_ID,
  terms: { ...BY_ID, include: { term: { include: { taxonomy: { select: { id: true, code: true, name: true } } } } } },
} satisfies Prisma.ServiceInclude;

export type FullListing = Prisma.ServiceGetPayload<{ include: typeof FULL_LISTING }>;

export async function findPublishedServiceBySlug(slug: string): Promise<FullListing | null> {
  const service = await findPublishedListingJson(slug);
  // The page lists needs and categories in the vocabulary's own order (a stable sort keeps ties in id order).
  service?.terms.sort((a, b) => a.term.position - b.term.position);
  return service;
}

export function countPublishedServices(): Promise<number> {
  return db().service.count({ where: BROWSABLE });
}

// Every child list in FULL_LISTING's order. `to_jsonb(row)` gives every column under its own name.
const LISTING_JSON = Prisma.sql`
  to_jsonb(s) || jsonb_build_object(
    'organisation', (SELECT to_jsonb(o) FROM "Organisation" o WHERE o.id = s."organisationId"),
    'contacts', (SELECT coalesce(jsonb_agg(to_jsonb(c) || jsonb_build_object(
        'phones', (SELECT coalesce(jsonb_agg(to_jsonb(p) ORDER BY p.position), '[]')
          FROM "Phone" p WHERE p."contactId" = c.id)) ORDER BY c.position), '[]')
      FROM "Contact" c WHERE c."serviceId" = s.id),
    'serviceAtLocations', (SELECT coalesce(jsonb_agg(to_jsonb(sl) || jsonb_build_object(
        'location', to_jsonb(l) || jsonb_build_object(
          'addresses', (SELECT coalesce(jsonb_agg(to_jsonb(a) ORDER BY a.id), '[]')
            FROM "Address" a WHERE a."locationId" = l.id),
          'accessibility', (SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY x.id), '[]')
            FROM "Accessibility" x WHERE x."locationId" = l.id))) ORDER BY sl.id), '[]')
      FROM "ServiceAtLocation" sl JOIN "Location" l ON l.id = sl."locationId" WHERE sl."serviceId" = s.id),
    'schedules', (SELECT coalesce(jsonb_agg(to_jsonb(h) || jsonb_build_object(
        'serviceAtLocation', (SELECT jsonb_build_object('location', jsonb_build_object('name', l.name))
          FROM "ServiceAtLocation" sl JOIN "Location" l ON l.id = sl."locationId"
          WHERE sl.id = h."serviceAtLocationId")) ORDER BY h.id), '[]')
      FROM "Schedule" h WHERE h."serviceId" = s.id),
    'costOptions', (SELECT coalesce(jsonb_agg(to_jsonb(c) ORDER BY c.id), '[]')
      FROM "CostOption" c WHERE c."serviceId" = s.id),
    'languages', (SELECT coalesce(jsonb_agg(to_jsonb(g) ORDER BY g.id), '[]')
      FROM "Language" g WHERE g."serviceId" = s.id),
    'serviceAreas', (SELECT coalesce(jsonb_agg(to_jsonb(a) ORDER BY a.id), '[]')
      FROM "ServiceArea" a WHERE a."serviceId" = s.id),
    'terms', (SELECT coalesce(jsonb_agg(to_jsonb(st) || jsonb_build_object(
        'term', to_jsonb(t) || jsonb_build_object(
          'taxonomy', jsonb_build_object('id', x.id, 'code', x.code, 'name', x.name)))
        ORDER BY st.id), '[]')
      FROM "ServiceTerm" st JOIN "TaxonomyTerm" t ON t.id = st."termId" JOIN "Taxonomy" x ON x.id = t."taxonomyId"
      WHERE st."serviceId" = s.id)
  )`;

// The columns JSON cannot carry as Prisma gives them: timestamps and dates become Date, money a Decimal.
const TIMESTAMPS = new Set(["createdAt", "updatedAt", "publishedAt", "archivedAt", "approvedAt"]);
const DATES = new Set(["reopeningDate", "lastCheckedAt", "reviewDueAt", "dtstart", "validFrom", "validTo"]);

/** JSON.parse's reviver: PostgreSQL writes timestamps without a zone (they are UTC) and dates bare. */
function revive(key: string, value: unknown): unknown {
  if (typeof value === "string" && TIMESTAMPS.has(key)) return new Date(`${value}Z`);
  if (typeof value === "string" && DATES.has(key)) return new Date(`${value}T00:00:00Z`);
  if (key === "amount" && value !== null) return new Prisma.Decimal(value as number);
  return value;
}

/**
 * The published listing with this slug, whole, or null, in one SQL statement in which PostgreSQL builds the
 * JSON. Prisma's include sends 14 queries and assembles the objects in JavaScript: ~5–7 ms of the server's
 * one thread per listing page, against ~1.3 ms for this (docs/benchmarks.md). Held equal to Prisma's
 * include, to the field and type, by tests/integration/services-data.test.ts.
 */
async function findPublishedListingJson(slug: string): Promise<FullListing | null> {
  // ::text so the driver hands over the JSON untouched and the reviver sees every field once.
  const rows = await db().$queryRaw<{ listing: string }[]>`
    SELECT (${LISTING_JSON})::text AS listing FROM "Service" s
    WHERE s.slug = ${slug} AND s."publishedAt" IS NOT NULL AND s."archivedAt" IS NULL`; // PUBLIC_SERVICE
  return rows.length ? (JSON.parse(rows[0].listing, revive) as FullListing) : null;
}
