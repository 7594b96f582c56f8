// The one entry point pages and the API use to search listings: reads the query the way a
// person meant it, asks the serving engine (Meilisearch, or PostgreSQL when it is missing or
// down), returns the index's result cards and logs the search without personal details.
import "server-only";
import { runOnEveryView } from "@/lib/platform/page-cache/store";
import type { ServiceCardView } from "@/lib/search/document";
import type { AdviceCardView } from "@/lib/search/advice-document";
import type { ServiceFilters } from "@/lib/services/filters";
import { locatePostcode, type LocatedPostcode } from "@/lib/geo/locate-postcode";
import { KM_PER_MILE } from "@/lib/geo/postcode-field";
import {
  effectiveSort,
  emptyFacets,
  type SortOrder,
  type EngineFilters,
  type EngineName,
  type EngineQuery,
  type FacetCounts,
} from "./engine";
import { queryAdviceWithFallback, queryWithFallback } from "./engines";
import { isFamilySearch, logSearch } from "./search-log";
import { scrubQuery } from "./scrub";
import { loadThesaurus } from "@/lib/thesaurus/store";
import { understandQuery, type UnderstoodQuery } from "./understand";

/** Enough advice to answer the question, few enough that the services are still in view. */
export const ADVICE_SHOWN = 3;

export type ServiceSearchResult = {
  total: number;
  items: ServiceCardView[];
  facets: FacetCounts;
  /** Advice pages with every word searched for, best first: shown above the services on the first page. */
  advice: AdviceCardView[];
  engine: EngineName;
  understood: UnderstoodQuery;
  /** The age the search used: the filter when chosen, otherwise one read from the words. */
  ageFromQuery: boolean;
  /** The postcode field's answer: where it is, or (no place) that it could not be found. */
  postcode?: LocatedPostcode;
  /** Where distances are measured from, if anywhere, and how the list is ordered. */
  near?: { lat: number; lng: number };
  sort: SortOrder;
};

export async function buildEngineQuery(
  filters: ServiceFilters,
  perPage: number,
): Promise<{ query: EngineQuery; understood: UnderstoodQuery; postcode?: LocatedPostcode }> {
  const { entries, phrases } = await loadThesaurus();
  const understood = understandQuery(filters.q, entries, phrases);
  // The postcode field wins over a place in the words ("near FY4"); one it cannot place sorts by nothing.
  const postcode = filters.postcode ? await locatePostcode(filters.postcode) : undefined;
  const place = postcode ? postcode.place : understood.place;
  const age = filters.ageRange ?? understood.age;
  const engineFilters: EngineFilters = {
    needs: filters.needs,
    categories: filters.categories,
    areas: filters.areas,
    costType: filters.cost,
    day: filters.day,
    ageRange: age ? { min: age.min, max: age.max } : undefined,
    delivery: filters.delivery,
    access: filters.access,
    languages: filters.languages,
    times: filters.times,
  };
  const query: EngineQuery = {
    terms: understood.terms,
    typed: understood.typed,
    filters: engineFilters,
    near: place ? { lat: place.lat, lng: place.lng } : undefined,
    withinMetres: place && filters.within ? Math.round(filters.within * KM_PER_MILE * 1000) : undefined,
    sort: filters.sort,
    offset: (filters.page - 1) * perPage,
    limit: perPage,
    facets: true,
  };
  return { query, understood, postcode };
}

export async function searchServices(
  filters: ServiceFilters,
  perPage: number,
  /** userAgent: the request's, so a program's search is not logged (undefined: no request). */
  options: { log?: boolean; userAgent?: string | null } = {},
): Promise<ServiceSearchResult> {
  const started = performance.now();
  const { query, understood, postcode } = await buildEngineQuery(filters, perPage);
  const [result, advice] = await Promise.all([
    queryWithFallback(query),
    filters.page === 1 && query.terms.length
      ? queryAdviceWithFallback({ terms: query.terms, limit: ADVICE_SHOWN })
      : Promise.resolve([]),
  ]);
  if (options.log !== false) {
    const entry = {
      query: scrubQuery(filters.q),
      // Only a district, never a full postcode: it is personal data.
      filters: {
        ...query.filters,
        near: postcode ? postcode.place?.outward : understood.place?.outward,
        within: query.withinMetres ? filters.within : undefined,
        sort: filters.sort,
        page: filters.page,
      },
      resultCount: result.total,
      engine: result.engine,
      durationMs: Math.round(performance.now() - started),
    };
    // A results page served again from the page cache is still a search a family made.
    runOnEveryView((view) => {
      if (isFamilySearch(view ? view.userAgent : options.userAgent)) logSearch(entry);
    });
  }
  return {
    total: result.total,
    items: result.cards,
    facets: result.facets ?? emptyFacets(),
    advice,
    engine: result.engine,
    understood,
    ageFromQuery: !filters.ageRange && Boolean(understood.age),
    postcode,
    near: query.near,
    sort: effectiveSort(query),
  };
}

/** Ids of published listings matching free text, best first: for the Open Referral API's `search`. */
export async function searchServiceIds(text: string, limit = 1000): Promise<string[]> {
  const { entries, phrases } = await loadThesaurus();
  const understood = understandQuery(text, entries, phrases);
  const result = await queryWithFallback({
    terms: understood.terms,
    typed: understood.typed,
    filters: { needs: [], categories: [], areas: [] },
    offset: 0,
    limit,
  });
  return result.ids;
}
