// The Meilisearch engine: the only file that imports the `meilisearch` client.
import { Meilisearch, type MultiSearchQuery, type Settings } from "meilisearch";
import { CARD_FIELDS, type ServiceCardView, type SearchDocument } from "@/lib/search/document";
import { ADVICE_CARD_FIELDS, type AdviceCardView, type AdviceDocument } from "@/lib/search/advice-document";
import { compareByDistance, compareByName, distancesFrom, type OrderableHit } from "./order-hits";
import {
  effectiveSort,
  emptyFacets,
  FACET_GROUPS,
  isGroupActive,
  withoutGroup,
  type AdviceQuery,
  type EngineFilters,
  type EngineHealth,
  type EngineQuery,
  type EngineResult,
  type FacetCounts,
  type SearchEngine,
} from "./engine";
import type { ThesaurusEntry } from "@/lib/thesaurus/seed";
import { stemText } from "@/lib/search/word-stem";

export type MeilisearchOptions = {
  url: string;
  /** Used for searches: a search-only key is enough. */
  apiKey?: string;
  /** Used for indexes, documents, settings and tasks (the worker, reindexing); apiKey when unset. */
  adminKey?: string;
  index?: string;
  /** Per-request timeout for searches: past it the caller falls back to PostgreSQL. */
  queryTimeoutMs?: number;
};

const STOP_WORDS = ["a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "with", "my", "is", "has", "at"];

function thesaurusSynonyms(thesaurus: readonly ThesaurusEntry[]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const e of thesaurus)
    for (const s of e.synonyms) synonyms[s.toLowerCase()] = [...(synonyms[s.toLowerCase()] ?? []), e.term];
  return synonyms;
}

const TYPO_TOLERANCE: Settings["typoTolerance"] = { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } };

export function meilisearchSettings(thesaurus: readonly ThesaurusEntry[]): Settings {
  return {
    // Order is rank: a match in the name beats one in the summary, which beats the description.
    // Each field's stems beside it (document.ts): the query is sent as stems, so every form of a word matches.
    searchableAttributes: [
      "name",
      "nameStems",
      "summary",
      "summaryStems",
      "needNames",
      "keywords",
      "termStems",
      "categoryNames",
      "description",
      "descriptionStems",
      "organisation",
    ],
    filterableAttributes: [
      "needs",
      "categories",
      "areas",
      "costType",
      "days",
      "minAge",
      "maxAge",
      "ageGroups",
      "delivery",
      "access",
      "languages",
      "times",
      "status",
      "_geo",
      // A radius is worked out here (a service's nearest venue) and given back as `id IN [...]`.
      "id",
    ],
    sortableAttributes: ["_geo", "lastChecked", "name"],
    displayedAttributes: [...CARD_FIELDS],
    rankingRules: ["words", "typo", "attribute", "proximity", "sort", "exactness"],
    stopWords: STOP_WORDS,
    synonyms: thesaurusSynonyms(thesaurus),
    typoTolerance: TYPO_TOLERANCE,
    pagination: { maxTotalHits: MAX_HITS },
    faceting: { maxValuesPerFacet: 200 },
  };
}

/** The advice pages' index: the same words, synonyms and typo tolerance, ranked title first. */
export function meilisearchAdviceSettings(thesaurus: readonly ThesaurusEntry[]): Settings {
  return {
    searchableAttributes: ["title", "titleTerms", "summary", "keywords", "body"],
    displayedAttributes: [...ADVICE_CARD_FIELDS],
    rankingRules: ["words", "typo", "attribute", "proximity", "exactness"],
    stopWords: STOP_WORDS,
    synonyms: thesaurusSynonyms(thesaurus),
    typoTolerance: TYPO_TOLERANCE,
  };
}

/** Whether Meilisearch already has these settings (it may return them normalised or re-ordered). */
export function sameSettings(current: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  const ordered = new Set(["searchableAttributes", "rankingRules"]);
  const norm = (v: unknown, keepOrder: boolean): unknown => {
    if (Array.isArray(v)) {
      const items = v.map((x) => norm(x, false));
      return keepOrder ? items : items.map((x) => JSON.stringify(x)).sort();
    }
    if (v && typeof v === "object")
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, norm((v as Record<string, unknown>)[k], false)]),
      );
    return v;
  };
  const subset = (have: unknown, want: unknown): boolean => {
    if (want && typeof want === "object" && !Array.isArray(want)) {
      if (!have || typeof have !== "object") return false;
      return Object.entries(want).every(([k, w]) => subset((have as Record<string, unknown>)[k], w));
    }
    return JSON.stringify(have) === JSON.stringify(want);
  };
  return Object.keys(wanted).every((key) => {
    const keep = ordered.has(key);
    const w = norm(wanted[key], keep);
    const c = norm(current[key], keep);
    return key === "synonyms" ? JSON.stringify(c) === JSON.stringify(w) : subset(c, w);
  });
}

/** The index's pagination.maxTotalHits: how many matches an ordering worked out here can see. */
const MAX_HITS = 100_000;

const list = (values: string[]) => `[${values.map((v) => JSON.stringify(v)).join(", ")}]`;

export function meilisearchFilter(f: EngineFilters): string[] {
  const out: string[] = [];
  if (f.needs.length) out.push(`needs IN ${list(f.needs)}`);
  if (f.categories.length) out.push(`categories IN ${list(f.categories)}`);
  if (f.areas.length) out.push(`areas IN ${list(f.areas)}`);
  if (f.costType) out.push(`costType = ${JSON.stringify(f.costType)}`);
  if (f.day) out.push(`days = ${JSON.stringify(f.day)}`);
  if (f.ageRange) out.push(`minAge <= ${Math.trunc(f.ageRange.max)}`, `maxAge >= ${Math.trunc(f.ageRange.min)}`);
  for (const group of ["delivery", "languages", "times"] as const)
    if (f[group]?.length) out.push(`${group} IN ${list(f[group])}`);
  for (const feature of f.access ?? []) out.push(`access = ${JSON.stringify(feature)}`);
  return out;
}

export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const;
  readonly index: string;
  private readonly searcher: Meilisearch;
  private readonly admin: Meilisearch;

  constructor(options: MeilisearchOptions) {
    this.index = options.index ?? "services";
    this.searcher = new Meilisearch({
      host: options.url,
      apiKey: options.apiKey,
      timeout: options.queryTimeoutMs ?? 500,
    });
    this.admin = new Meilisearch({
      host: options.url,
      apiKey: options.adminKey ?? options.apiKey,
      timeout: 10_000,
      defaultWaitOptions: { timeout: 30_000, interval: 25 },
    });
  }

  /** This engine's index of advice pages, beside the listings' index. */
  get adviceIndex(): string {
    return `${this.index}_advice`;
  }

  /** Creates both indexes if needed and applies their settings (synonyms from the thesaurus). Idempotent. */
  async configure(thesaurus: readonly ThesaurusEntry[]): Promise<void> {
    const indexes = await this.admin.getIndexes({ limit: 1000 });
    const existing = new Set(indexes.results.map((i) => i.uid));
    await this.configureIndex(this.index, meilisearchSettings(thesaurus), existing);
    await this.configureIndex(this.adviceIndex, meilisearchAdviceSettings(thesaurus), existing);
  }

  private async configureIndex(uid: string, wanted: Settings, existing: Set<string>): Promise<void> {
    if (!existing.has(uid)) await this.admin.createIndex(uid, { primaryKey: "id" }).waitTask();
    // Changing settings makes Meilisearch re-index every document, so only send them when they differ.
    const current = await this.admin.index(uid).getSettings();
    if (sameSettings(current as Record<string, unknown>, wanted as Record<string, unknown>)) return;
    const task = await this.admin.index(uid).updateSettings(wanted).waitTask({ timeout: 300_000 });
    if (task.status !== "succeeded")
      throw new Error(`Meilisearch settings failed: ${task.error?.message ?? task.status}`);
  }

  /** Whether the index holds a listing written before the document had this field (an older version's). */
  async holdsOlderDocuments(field: string): Promise<boolean> {
    const { results } = await this.searcher.index(this.index).getDocuments({ limit: 1, fields: ["id", field] });
    return results.length > 0 && !(field in results[0]);
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    const withGeo = documents.map((d) => ({ ...d, ...(d.locations[0] ? { _geo: d.locations[0] } : {}) }));
    await this.addDocuments(this.index, withGeo);
  }

  remove(ids: string[]): Promise<void> {
    return this.deleteDocuments(this.index, ids);
  }

  upsertAdvice(documents: AdviceDocument[]): Promise<void> {
    return this.addDocuments(this.adviceIndex, documents);
  }

  removeAdvice(ids: string[]): Promise<void> {
    return this.deleteDocuments(this.adviceIndex, ids);
  }

  private async addDocuments(uid: string, documents: object[]): Promise<void> {
    if (!documents.length) return;
    const task = await this.admin.index(uid).addDocuments(documents, { primaryKey: "id" }).waitTask();
    if (task.status !== "succeeded")
      throw new Error(`Meilisearch indexing failed: ${task.error?.message ?? task.status}`);
  }

  private async deleteDocuments(uid: string, ids: string[]): Promise<void> {
    if (!ids.length) return;
    const task = await this.admin.index(uid).deleteDocuments(ids).waitTask();
    if (task.status !== "succeeded")
      throw new Error(`Meilisearch delete failed: ${task.error?.message ?? task.status}`);
  }

  /** Removes every document from both indexes: a full reindex empties its staging copy before filling it. */
  async clear(): Promise<void> {
    await this.admin.index(this.index).deleteAllDocuments().waitTask();
    await this.admin.index(this.adviceIndex).deleteAllDocuments().waitTask();
  }

  /** Atomically swaps a freshly built pair of indexes in for this one's, then drops the old contents. */
  async swapWith(staging: MeilisearchEngine): Promise<void> {
    const pairs = [
      { indexes: [this.index, staging.index] as [string, string], rename: false },
      { indexes: [this.adviceIndex, staging.adviceIndex] as [string, string], rename: false },
    ];
    const task = await this.admin.swapIndexes(pairs).waitTask();
    if (task.status !== "succeeded") throw new Error(`Meilisearch swap failed: ${task.error?.message ?? task.status}`);
    await this.admin.deleteIndex(staging.index).waitTask();
    await this.admin.deleteIndex(staging.adviceIndex).waitTask();
  }

  async query(q: EngineQuery): Promise<EngineResult> {
    // As stems: Meilisearch does not stem, so "dancing" and "dances" are both asked as "danc" (word-stem.ts).
    const text = stemText(q.terms.join(" "));
    const order = effectiveSort(q);
    // The family's own words after the terms, dropped first ("last"): listings with them come first (their
    // documents carry the term too, as keywords), then those with the term alone. Never required.
    const typed = q.terms.length && q.typed?.length ? stemText(q.typed.join(" ")) : "";
    const base = {
      indexUid: this.index,
      q: typed ? `${text} ${typed}` : text,
      matchingStrategy: typed ? ("last" as const) : ("frequency" as const),
    };
    // Within a radius: the services with a venue that close, found from every match for the words.
    let within: string[] | undefined;
    let distances: Map<string, number | undefined> | undefined;
    if (q.near && q.withinMetres !== undefined) {
      distances = distancesFrom(q.near, await this.allHits({ ...base, filter: [] }));
      within = [...distances].filter(([, d]) => d !== undefined && d <= q.withinMetres!).map(([id]) => id);
      if (!within.length) return { ids: [], cards: [], total: 0, facets: q.facets ? emptyFacets() : undefined };
    }
    const filterOf = (f: EngineFilters) => [...meilisearchFilter(f), ...(within ? [`id IN ${list(within)}`] : [])];
    // Nearest venue first, or A to Z among matches for words: ordered here from the whole result set.
    const ordered = (order === "distance" && q.near) || (order === "name" && text);
    const activeGroups = q.facets ? FACET_GROUPS.filter((g) => isGroupActive(q.filters, g)) : [];
    const queries: MultiSearchQuery[] = [
      {
        ...base,
        filter: filterOf(q.filters),
        sort: order === "name" && !ordered ? ["name:asc"] : undefined,
        // offset/limit, not page/hitsPerPage: exhaustive hit counting made searches ~8x slower on 10,000
        // listings, and the estimate is exact for the result sets people page through.
        offset: ordered ? 0 : q.offset,
        limit: ordered ? MAX_HITS : q.limit,
        attributesToRetrieve: ordered ? ["id", "name", "locations"] : [...CARD_FIELDS],
        facets: q.facets ? FACET_GROUPS.filter((g) => !isGroupActive(q.filters, g)) : undefined,
      },
      // Counts for a group with a choice made are taken without that choice, so other options show real numbers.
      ...activeGroups.map((g) => ({
        ...base,
        filter: filterOf(withoutGroup(q.filters, g)),
        limit: 0,
        facets: [g],
      })),
    ];
    const { results } = await this.searcher.multiSearch({ queries });
    const [main, ...others] = results;
    let facets: FacetCounts | undefined;
    if (q.facets) {
      facets = emptyFacets();
      for (const r of [main, ...others]) {
        for (const [group, counts] of Object.entries(r.facetDistribution ?? {}))
          facets[group as keyof FacetCounts] = counts;
      }
    }
    if (ordered) {
      const hits = main.hits as unknown as OrderableHit[];
      const compare =
        order === "distance" && q.near ? compareByDistance(distances ?? distancesFrom(q.near, hits)) : compareByName;
      const ids = [...hits]
        .sort(compare)
        .slice(q.offset, q.offset + q.limit)
        .map((h) => String(h.id));
      return { ids, cards: await this.cardsOf(ids), total: hits.length, facets };
    }
    const total = "totalHits" in main ? (main.totalHits ?? 0) : (main.estimatedTotalHits ?? 0);
    const cards = main.hits as unknown as ServiceCardView[];
    return { ids: cards.map((h) => String(h.id)), cards, total, facets };
  }

  /** Every match (up to the index's maxTotalHits), with only what ordering needs. */
  private async allHits(query: MultiSearchQuery): Promise<OrderableHit[]> {
    const { results } = await this.searcher.multiSearch({
      queries: [{ ...query, offset: 0, limit: MAX_HITS, attributesToRetrieve: ["id", "name", "locations"] }],
    });
    return results[0].hits as unknown as OrderableHit[];
  }

  /** The cards of these services, in this order. */
  private async cardsOf(ids: string[]): Promise<ServiceCardView[]> {
    if (!ids.length) return [];
    const { results } = await this.searcher
      .index(this.index)
      .getDocuments({ ids, fields: [...CARD_FIELDS], limit: ids.length });
    const byId = new Map(results.map((d) => [String(d.id), d as unknown as ServiceCardView]));
    return ids.map((id) => byId.get(id)).filter((c): c is ServiceCardView => c !== undefined);
  }

  async queryAdvice(q: AdviceQuery): Promise<AdviceCardView[]> {
    const text = q.terms.join(" ");
    if (!text) return [];
    // "all": a page shows only when it has every word, so advice above the services stays on the point.
    const result = await this.searcher.index(this.adviceIndex).search(text, {
      limit: q.limit,
      matchingStrategy: "all",
      attributesToRetrieve: [...ADVICE_CARD_FIELDS],
    });
    return result.hits as unknown as AdviceCardView[];
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.searcher.health();
      const stats = await this.searcher
        .index(this.index)
        .getStats()
        .catch(() => undefined);
      return { status: "ok", documents: stats?.numberOfDocuments ?? 0 };
    } catch (error) {
      return { status: "down", error: (error as Error).message };
    }
  }
}
