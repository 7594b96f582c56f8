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
import { parsePaging, toPage } from "./pagination";
import { isUuid, parseServiceQuery, type ParsedQuery } from "./query";
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

export async function listServices(url: URL): Promise<Response> {
  const request = await parseServiceListRequest(url);
  if (request instanceof Response) return request;
  const { total, items } = await findServicesPage(request.query, request.paging);
  return orukJson(toPage(items.map(toServiceListItem), total, request.paging));
}

export async function getService(id: string): Promise<Response> {
  const service = isUuid(id) ? await findFullService(id) : null;
  return service ? orukJson(toFullService(service)) : notFound("service");
}

export async function listServiceAtLocations(url: URL): Promise<Response> {
  const request = await parseServiceListRequest(url);
  if (request instanceof Response) return request;
  const { total, items } = await findServiceAtLocationsPage(request.query, request.paging);
  return orukJson(toPage(items.map(toServiceAtLocationListItem), total, request.paging));
}

export async function getServiceAtLocation(id: string): Promise<Response> {
  const sal = isUuid(id) ? await findServiceAtLocation(id) : null;
  return sal ? orukJson(toServiceAtLocation(sal)) : notFound("service at location");
}

export async function listOrganisations(url: URL): Promise<Response> {
  const paging = parsePaging(url.searchParams);
  if ("error" in paging) return orukError(400, paging.error);
  const { total, items } = await findOrganisationsPage(paging);
  return orukJson(toPage(items.map(toOrganisation), total, paging));
}

export async function getOrganisation(id: string): Promise<Response> {
  const organisation = isUuid(id) ? await findOrganisation(id) : null;
  return organisation ? orukJson(toFullOrganisation(organisation)) : notFound("organization");
}

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

export async function getTaxonomy(id: string): Promise<Response> {
  const taxonomy = isUuid(id) ? await findTaxonomy(id) : null;
  return taxonomy ? orukJson(toTaxonomy(taxonomy, taxonomy.terms)) : notFound("taxonomy");
}

export async function listTaxonomyTerms(url: URL): Promise<Response> {
  const paging = parsePaging(url.searchParams);
  if ("error" in paging) return orukError(400, paging.error);
  const taxonomyId = url.searchParams.get("taxonomy_id") ?? undefined;
  if (taxonomyId !== undefined && !isUuid(taxonomyId)) return orukError(400, "taxonomy_id must be a UUID");
  const { total, items } = await findTermsPage(paging, taxonomyId);
  return orukJson(toPage(items.map(toTaxonomyTerm), total, paging));
}

export async function getTaxonomyTerm(id: string): Promise<Response> {
  const term = isUuid(id) ? await findTerm(id) : null;
  return term ? orukJson(toTaxonomyTerm(term)) : notFound("taxonomy term");
}
