// The one search interface. Two implementations: Meilisearch (meilisearch-engine.ts) when
// MEILISEARCH_URL is set, and PostgreSQL full-text search (postgres-engine.ts), which also
// answers whenever Meilisearch is unreachable. Callers never import either file directly:
// they go through engines.ts.
import type { ServiceCardView, SearchDocument } from "@/lib/search/document";
import type { AdviceCardView, AdviceDocument } from "@/lib/search/advice-document";

export type EngineName = "meilisearch" | "postgres";

export const FACET_GROUPS = [
  "needs",
  "categories",
  "areas",
  "costType",
  "days",
  "ageGroups",
  "delivery",
  "access",
  "languages",
  "times",
] as const;
export type FacetGroup = (typeof FACET_GROUPS)[number];
export type FacetCounts = Record<FacetGroup, Record<string, number>>;

export type EngineFilters = {
  needs: string[];
  categories: string[];
  areas: string[];
  costType?: string;
  day?: string;
  /** Services whose age range overlaps this one match. */
  ageRange?: { min: number; max: number };
  /** Any of these ways of delivering, languages or times (OR, as needs). */
  delivery?: string[];
  languages?: string[];
  times?: string[];
  /** Every one of these venue access features (AND): a family who needs two needs both. */
  access?: string[];
};

export type EngineQuery = {
  /** Canonical terms and words (see understand.ts); empty means browse everything. */
  terms: string[];
  /** The family's own words behind thesaurus terms (understand.ts `typed`): ranked first, never required. */
  typed?: string[];
  filters: EngineFilters;
  /** A place to measure from: each service's distance is that of its nearest venue. */
  near?: { lat: number; lng: number };
  /** Only services with a venue this close to `near` (a service with no venue has no distance, so never). */
  withinMetres?: number;
  /** Unset: see effectiveSort. */
  sort?: SortOrder;
  offset: number;
  limit: number;
  /** Facet counts: within a group each option is counted as if that group's own choice were unset. */
  facets?: boolean;
};

/** Best match, nearest venue first (then name), or A to Z. */
export const SORT_ORDERS = ["relevance", "distance", "name"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** With a place and no words, nearest first; with words, best match; with neither, A to Z. */
export function effectiveSort(q: Pick<EngineQuery, "terms" | "near" | "sort">): SortOrder {
  if (q.sort === "distance") return q.near ? "distance" : q.terms.length ? "relevance" : "name";
  if (q.sort === "name") return "name";
  if (q.sort === "relevance" && q.terms.length) return "relevance";
  if (q.near && !q.terms.length) return "distance";
  return q.terms.length ? "relevance" : "name";
}

/** `cards` are the page's results as stored in the index, in order, so the page needs no extra reads. */
export type EngineResult = { ids: string[]; cards: ServiceCardView[]; total: number; facets?: FacetCounts };

/** Advice pages matching every term, best first (a page about the words above one mentioning them). */
export type AdviceQuery = { terms: string[]; limit: number };

export type EngineHealth = { status: "ok" | "down"; documents?: number; error?: string };

export interface SearchEngine {
  readonly name: EngineName;
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  query(query: EngineQuery): Promise<EngineResult>;
  upsertAdvice(documents: AdviceDocument[]): Promise<void>;
  removeAdvice(ids: string[]): Promise<void>;
  queryAdvice(query: AdviceQuery): Promise<AdviceCardView[]>;
  health(): Promise<EngineHealth>;
}

export function emptyFacets(): FacetCounts {
  return {
    needs: {},
    categories: {},
    areas: {},
    costType: {},
    days: {},
    ageGroups: {},
    delivery: {},
    access: {},
    languages: {},
    times: {},
  };
}

/**
 * Groups whose choices must all hold (AND within the group): each option is counted with the choices
 * already made, so a count says how many would be left after ticking it too.
 */
export const ALL_OF_GROUPS: readonly FacetGroup[] = ["access"];

/** The filter each facet group is counted without (OR within a group, AND across groups). */
export function withoutGroup(filters: EngineFilters, group: FacetGroup): EngineFilters {
  switch (group) {
    case "needs":
      return { ...filters, needs: [] };
    case "categories":
      return { ...filters, categories: [] };
    case "areas":
      return { ...filters, areas: [] };
    case "costType":
      return { ...filters, costType: undefined };
    case "days":
      return { ...filters, day: undefined };
    case "ageGroups":
      return { ...filters, ageRange: undefined };
    case "delivery":
      return { ...filters, delivery: [] };
    case "languages":
      return { ...filters, languages: [] };
    case "times":
      return { ...filters, times: [] };
    case "access":
      return filters;
  }
}

/** Whether a group's counts must be taken without its own choice (false for ALL_OF_GROUPS: counted with it). */
export function isGroupActive(filters: EngineFilters, group: FacetGroup): boolean {
  switch (group) {
    case "needs":
      return filters.needs.length > 0;
    case "categories":
      return filters.categories.length > 0;
    case "areas":
      return filters.areas.length > 0;
    case "costType":
      return Boolean(filters.costType);
    case "days":
      return Boolean(filters.day);
    case "ageGroups":
      return Boolean(filters.ageRange);
    case "delivery":
    case "languages":
    case "times":
      return Boolean(filters[group]?.length);
    case "access":
      return false;
  }
}
