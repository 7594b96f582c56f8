// The one entry point pages and the API use to search listings.
// FOUNDATION VERSION: plain PostgreSQL filtering through lib/services/data. The needs-based
// search issue replaces the inside of these functions (engines, thesaurus, facets), keeping
// their signatures.
import "server-only";
import { findPublishedServices } from "@/lib/services/data";
import { parseServiceFilters, type ServiceFilters } from "@/lib/services/filters";

export async function searchServices(filters: ServiceFilters, perPage: number) {
  return findPublishedServices(filters, perPage);
}

/** Ids of published listings matching free text, best first: for the Open Referral API's `search`. */
export async function searchServiceIds(text: string, limit = 1000): Promise<string[]> {
  const { filters } = parseServiceFilters({ q: text }, { needs: new Set(), categories: new Set() });
  const { items } = await findPublishedServices(filters, limit);
  return items.map((s) => s.id);
}
