// Reads for the Open Referral UK API and the CSV export. Only published listings (PUBLIC_SERVICE)
// ever leave through here; organisations, locations and terms are reached through them.
import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FULL_LISTING, PUBLIC_SERVICE, type FullListing } from "@/lib/services/data";
import type { CsvService } from "./csv";
import type { Paging } from "./pagination";
import type { ServiceQuery } from "./query";

const TERM = { include: { taxonomy: { select: { id: true, code: true, name: true } } } } as const;

export type ListService = Prisma.ServiceGetPayload<{ include: { organisation: true } }>;
export type FullTerm = Prisma.TaxonomyTermGetPayload<typeof TERM>;

export function serviceQueryWhere(q: ServiceQuery): Prisma.ServiceWhereInput {
  const and: Prisma.ServiceWhereInput[] = [PUBLIC_SERVICE];
  if (q.ids) and.push({ id: { in: q.ids } });
  if (q.taxonomyTermId) and.push({ terms: { some: { termId: q.taxonomyTermId } } });
  if (q.taxonomyId) and.push({ terms: { some: { term: { taxonomyId: q.taxonomyId } } } });
  if (q.minimumAge !== undefined) and.push({ minimumAge: { gte: q.minimumAge } });
  if (q.maximumAge !== undefined) and.push({ maximumAge: { lte: q.maximumAge } });
  // Day and times must hold for one and the same opening-times row.
  const schedule: Prisma.ScheduleWhereInput = {};
  if (q.day) schedule.byday = { contains: q.day };
  if (q.startTime) schedule.opensAt = { gte: q.startTime };
  if (q.endTime) schedule.closesAt = { lte: q.endTime };
  if (Object.keys(schedule).length) and.push({ schedules: { some: schedule } });
  if (q.locationIds) and.push({ serviceAtLocations: { some: { locationId: { in: q.locationIds } } } });
  return { AND: and };
}

/** One page of matching services. With a text search they come best match first, else by name. */
export async function findServicesPage(
  q: ServiceQuery,
  paging: Paging,
): Promise<{ total: number; items: ListService[] }> {
  const where = serviceQueryWhere(q);
  if (!q.ids) {
    const [total, items] = await db().$transaction([
      db().service.count({ where }),
      db().service.findMany({
        where,
        include: { organisation: true },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        skip: paging.skip,
        take: paging.perPage,
      }),
    ]);
    return { total, items };
  }
  const rank = new Map(q.ids.map((id, i) => [id, i]));
  const matching = (await db().service.findMany({ where, select: { id: true } })).map((s) => s.id);
  matching.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  const pageIds = matching.slice(paging.skip, paging.skip + paging.perPage);
  const items = await db().service.findMany({ where: { id: { in: pageIds } }, include: { organisation: true } });
  items.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  return { total: matching.length, items };
}

export function findFullService(id: string): Promise<FullListing | null> {
  return db().service.findFirst({ where: { id, ...PUBLIC_SERVICE }, include: FULL_LISTING });
}

export async function findServiceAtLocationsPage(q: ServiceQuery, paging: Paging) {
  const where: Prisma.ServiceAtLocationWhereInput = {
    service: serviceQueryWhere({ ...q, locationIds: undefined }),
    ...(q.locationIds ? { locationId: { in: q.locationIds } } : {}),
  };
  const include = { location: true, service: { include: { organisation: true } } } as const;
  const [total, items] = await db().$transaction([
    db().serviceAtLocation.count({ where }),
    db().serviceAtLocation.findMany({
      where,
      include,
      orderBy: [{ service: { name: "asc" } }, { id: "asc" }],
      skip: paging.skip,
      take: paging.perPage,
    }),
  ]);
  return { total, items };
}

export function findServiceAtLocation(id: string) {
  return db().serviceAtLocation.findFirst({
    where: { id, service: PUBLIC_SERVICE },
    include: { location: FULL_LISTING.serviceAtLocations.include.location, service: { include: FULL_LISTING } },
  });
}

/** Locations whose postcode is the one asked for (or in its district, for "FY1"), with coordinates. */
export function findLocationsByPostcode(postcode: string) {
  const compact = postcode.replace(/\s+/g, "").toUpperCase();
  const district = compact.length <= 4;
  return db().location.findMany({
    where: {
      serviceAtLocations: { some: { service: PUBLIC_SERVICE } },
      addresses: {
        some: district
          ? { postalCode: { startsWith: `${compact} ` } }
          : { postalCode: { in: [compact, `${compact.slice(0, -3)} ${compact.slice(-3)}`] } },
      },
    },
    select: { id: true, latitude: true, longitude: true },
  });
}

export function findLocatedLocations() {
  return db().location.findMany({
    where: {
      latitude: { not: null },
      longitude: { not: null },
      serviceAtLocations: { some: { service: PUBLIC_SERVICE } },
    },
    select: { id: true, latitude: true, longitude: true },
  });
}

const PUBLIC_ORGANISATION: Prisma.OrganisationWhereInput = { services: { some: PUBLIC_SERVICE } };

export async function findOrganisationsPage(paging: Paging) {
  const [total, items] = await db().$transaction([
    db().organisation.count({ where: PUBLIC_ORGANISATION }),
    db().organisation.findMany({
      where: PUBLIC_ORGANISATION,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: paging.skip,
      take: paging.perPage,
    }),
  ]);
  return { total, items };
}

export function findOrganisation(id: string) {
  return db().organisation.findFirst({
    where: { id, ...PUBLIC_ORGANISATION },
    include: { services: { where: PUBLIC_SERVICE, include: FULL_LISTING, orderBy: { name: "asc" } } },
  });
}

export async function findTaxonomiesPage(paging: Paging) {
  const [total, items] = await db().$transaction([
    db().taxonomy.count(),
    db().taxonomy.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], skip: paging.skip, take: paging.perPage }),
  ]);
  return { total, items };
}

export function findTaxonomy(id: string) {
  return db().taxonomy.findUnique({
    where: { id },
    include: { terms: { ...TERM, orderBy: [{ position: "asc" }, { name: "asc" }] } },
  });
}

export async function findTermsPage(paging: Paging, taxonomyId?: string) {
  const where: Prisma.TaxonomyTermWhereInput = taxonomyId ? { taxonomyId } : {};
  const [total, items] = await db().$transaction([
    db().taxonomyTerm.count({ where }),
    db().taxonomyTerm.findMany({
      where,
      ...TERM,
      orderBy: [{ taxonomy: { name: "asc" } }, { position: "asc" }, { id: "asc" }],
      skip: paging.skip,
      take: paging.perPage,
    }),
  ]);
  return { total, items };
}

export function findTerm(id: string) {
  return db().taxonomyTerm.findUnique({ where: { id }, ...TERM });
}

/**
 * Every published listing, shaped for the CSV export, in batches of `batch` to bound memory. One SQL query
 * per batch in which PostgreSQL builds each row's JSON: the export then costs the web server's one thread
 * a JSON.parse per row instead of Prisma's assembly of 14 relations (ten times the CPU, measured).
 * Children come in the same order as on the listing (FULL_LISTING): written order, contacts by position.
 */
export async function* findPublishedServicesForCsv(batch = 250): AsyncGenerator<CsvService[]> {
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await db().$queryRaw<{ id: string; row: CsvService }[]>`
      SELECT s.id, json_build_object(
        'id', s.id, 'name', s.name, 'organisation', o.name, 'organisationId', o.id,
        'status', s.status::text, 'summary', s.summary, 'description', s.description, 'whoFor', s."whoFor",
        'accessMethod', s."accessMethod"::text, 'referralRoute', s."referralRoute", 'eligibility', s.eligibility,
        'url', s.url, 'email', s.email, 'minimumAge', s."minimumAge", 'maximumAge', s."maximumAge",
        'costType', s."costType"::text, 'tags', to_json(s.tags),
        'lastCheckedAt', to_char(s."lastCheckedAt", 'YYYY-MM-DD'),
        'updatedAt', to_char(s."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'costOptions', (SELECT coalesce(json_agg(json_build_object(
            'option', c.option, 'amount', c.amount, 'amountDescription', c."amountDescription") ORDER BY c.id), '[]')
          FROM "CostOption" c WHERE c."serviceId" = s.id),
        'terms', (SELECT coalesce(json_agg(json_build_object('taxonomy', x.code, 'name', t.name) ORDER BY st.id), '[]')
          FROM "ServiceTerm" st JOIN "TaxonomyTerm" t ON t.id = st."termId" JOIN "Taxonomy" x ON x.id = t."taxonomyId"
          WHERE st."serviceId" = s.id),
        'areas', (SELECT coalesce(json_agg(a.name ORDER BY a.id), '[]')
          FROM "ServiceArea" a WHERE a."serviceId" = s.id),
        'contacts', (SELECT coalesce(json_agg(json_build_object(
            'name', c.name, 'title', c.title, 'email', c.email,
            'phones', (SELECT coalesce(json_agg(p.number ORDER BY p.position, p.id), '[]')
              FROM "Phone" p WHERE p."contactId" = c.id)) ORDER BY c.position, c.id), '[]')
          FROM "Contact" c WHERE c."serviceId" = s.id),
        'locations', (SELECT coalesce(json_agg(json_build_object(
            'name', l.name,
            'addresses', (SELECT coalesce(json_agg(json_build_array(d.address1, d.address2, d.city, d."postalCode")
              ORDER BY d.id), '[]') FROM "Address" d WHERE d."locationId" = l.id)) ORDER BY sl.id), '[]')
          FROM "ServiceAtLocation" sl JOIN "Location" l ON l.id = sl."locationId" WHERE sl."serviceId" = s.id),
        'schedules', (SELECT coalesce(json_agg(json_build_object(
            'byday', h.byday, 'opensAt', h."opensAt", 'closesAt', h."closesAt", 'termTimeOnly', h."termTimeOnly")
            ORDER BY h.id), '[]')
          FROM "Schedule" h WHERE h."serviceId" = s.id),
        'languages', (SELECT coalesce(json_agg(g.name ORDER BY g.id), '[]')
          FROM "Language" g WHERE g."serviceId" = s.id)
      ) AS row
      FROM "Service" s JOIN "Organisation" o ON o.id = s."organisationId"
      WHERE s."publishedAt" IS NOT NULL AND s."archivedAt" IS NULL AND s.id > ${after}::uuid -- PUBLIC_SERVICE
      ORDER BY s.id
      LIMIT ${batch}`;
    if (!rows.length) return;
    yield rows.map((r) => r.row);
    after = rows[rows.length - 1].id;
  }
}

/** Source id → our service id, for the records of one source that are already imported. */
export async function findImportedServiceIds(source: string, sourceIds: string[]): Promise<Map<string, string>> {
  const rows = await db().service.findMany({
    where: { sourceSystem: source, sourceId: { in: sourceIds } },
    select: { id: true, sourceId: true },
  });
  return new Map(rows.map((r) => [r.sourceId ?? "", r.id]));
}
