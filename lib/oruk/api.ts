// The Open Referral UK endpoints' logic, one function per endpoint; the route files under
// app/api/oruk/ only wrap these with orukRoute. Each takes the request URL and returns a Response.
import "server-only";
import { searchServiceIds } from "@/lib/search/query/search";
import {
  findFullService,
  findLocatedLocations,
  findLocationsByPostcode,
  findOrganisation,
  findOrganisationsPage,
  findServiceAtLocation,
  findServiceAtLocationsPage,
  findServicesPage,
  findTaxonomiesPage,
  findTaxonomy,
  findTerm,
  findTermsPage,
} from "./data";
import { centroid, distanceMetres } from "./geo";
import { orukError, orukJson } from "./http";
import { parsePaging, toPage, type Paging } from "./pagination";
import { isUuid, parseServiceQuery, type ParsedQuery, type ServiceQuery } from "./query";
import {
  toFullOrganisation,
  toFullService,
  toOrganisation,
  toServiceAtLocation,
  toServiceAtLocationListItem,
  toServiceListItem,
  toTaxonomy,
  toTaxonomyTerm,
} from "./to-oruk";

export const ORUK_VERSION = "HSDS-UK-3.0";
export const ORUK_PROFILE = "https://github.com/openreferral/uk-profile";

/** The API's own base address, as the caller reached it: http://host/api/oruk */
export const apiBase = (url: URL) => `${url.origin}/api/oruk`;

export function getRoot(url: URL): Response {
  return orukJson({ version: ORUK_VERSION, profile: ORUK_PROFILE, openapi_url: `${apiBase(url)}/openapi.json` });
}

const notFound = (what: string) => orukError(404, `There is no published ${what} with that id.`);

// Text search goes through the same engine as the website; the other filters narrow its results.
async function resolveQuery(parsed: ParsedQuery): Promise<ParsedQuery | Response> {
  const query = { ...parsed.query };
  if (parsed.search) query.ids = await searchServiceIds(parsed.search, 1000);
  if (parsed.postcode) {
    const inPostcode = await findLocationsByPostcode(parsed.postcode);
    if (parsed.proximity !== undefined) {
      const centre = centroid(inPostcode);
      if (!centre)
        return orukError(
          400,
          `We cannot place ${parsed.postcode} on a map: none of our venues has that postcode. Try a postcode district like FY1.`,
        );
      const located = await findLocatedLocations();
      query.locationIds = located
        .filter((l) => distanceMetres(centre, { latitude: l.latitude!, longitude: l.longitude! }) <= parsed.proximity!)
        .map((l) => l.id);
    } else {
      query.locationIds = inPostcode.map((l) => l.id);
    }
  }
  return { ...parsed, query };
}

/** Paging plus the service filters shared by /services and /service_at_locations, or the 400 to send. */
async function parseServiceListRequest(url: URL) {
  const paging = parsePaging(url.searchParams);
  if ("error" in paging) return orukError(400, paging.error);
  const parsed = parseServiceQuery(url.searchParams);
  if ("error" in parsed) return orukError(400, parsed.error);
  const resolved = await resolveQuery(parsed);
  return resolved instanceof Response ? resolved : { paging, query: resolved.query };
}

/** A page of what the service filters match: services, or services at their locations. */
async function listMatching<T>(
  url: URL,
  findPage: (query: ServiceQuery, paging: Paging) => Promise<{ total: number; items: T[] }>,
  toRow: (item: T) => unknown,
): Promise<Response> {
  const request = await parseServiceListRequest(url);
  if (request instanceof Response) return request;
  const { total, items } = await findPage(request.query, request.paging);
  return orukJson(toPage(items.map(toRow), total, request.paging));
}

/** One published record, or the 404: an id that is not a UUID cannot name one. */
async function getOne<T>(
  id: string,
  find: (id: string) => Promise<T | null>,
  toRow: (found: T) => unknown,
  what: string,
): Promise<Response> {
  const found = isUuid(id) ? await find(id) : null;
  return found ? orukJson(toRow(found)) : notFound(what);
}

export const listServices = (url: URL) => listMatching(url, findServicesPage, toServiceListItem);
export const getService = (id: string) => getOne(id, findFullService, toFullService, "service");
export const listServiceAtLocations = (url: URL) =>
  listMatching(url, findServiceAtLocationsPage, toServiceAtLocationListItem);
export const getServiceAtLocation = (id: string) =>
  getOne(id, findServiceAtLocation, toServiceAtLocation, "service at location");

export async function listOrganisations(url: URL): Promise<Response> {
  const paging = parsePaging(url.searchParams);
  if ("error" in paging) return orukError(400, paging.error);
  const { total, items } = await findOrganisationsPage(paging);
  return orukJson(toPage(items.map(toOrganisation), total, paging));
}

export const getOrganisation = (id: string) => getOne(id, findOrganisation, toFullOrganisation, "organization");

export async function listTaxonomies(url: URL): Promise<Response> {
  const paging = parsePaging(url.searchParams);
  if ("error" in paging) return orukError(400, paging.error);
  const { total, items } = await findTaxonomiesPage(paging);
  return orukJson(
    toPage(
      items.map((t) => toTaxonomy(t)),
      total,
      paging,
    ),
  );
}

export const getTaxonomy = (id: string) =>
  getOne(id, findTaxonomy, (taxonomy) => toTaxonomy(taxonomy, taxonomy.terms), "taxonomy");

export async function listTaxonomyTerms(url: URL): Promise<Response> {
  const paging = parsePaging(url.searchParams);
  if ("error" in paging) return orukError(400, paging.error);
  const taxonomyId = url.searchParams.get("taxonomy_id") ?? undefined;
  if (taxonomyId !== undefined && !isUuid(taxonomyId)) return orukError(400, "taxonomy_id must be a UUID");
  const { total, items } = await findTermsPage(paging, taxonomyId);
  return orukJson(toPage(items.map(toTaxonomyTerm), total, paging));
}

export const getTaxonomyTerm = (id: string) => getOne(id, findTerm, toTaxonomyTerm, "taxonomy term");
