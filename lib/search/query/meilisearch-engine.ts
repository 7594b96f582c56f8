// The Meilisearch engine: the only file that imports the `meilisearch` client.
import { Meilisearch, type MultiSearchQuery, type Settings } from "meilisearch";
import { CARD_FIELDS, type ServiceCardView, type SearchDocument } from "@/lib/search/document";
import {
  emptyFacets,
  FACET_GROUPS,
  isGroupActive,
  withoutGroup,
  type EngineFilters,
  type EngineHealth,
  type EngineQuery,
  type EngineResult,
  type FacetCounts,
  type SearchEngine,
} from "./engine";
import type { ThesaurusEntry } from "@/lib/thesaurus/seed";

export type MeilisearchOptions = {
  url: string;
  apiKey?: string;
  index?: string;
  /** Per-request timeout for searches: past it the caller falls back to PostgreSQL. */
  queryTimeoutMs?: number;
};

const STOP_WORDS = ["a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "with", "my", "is", "has", "at"];

export function meilisearchSettings(thesaurus: readonly ThesaurusEntry[]): Settings {
  const synonyms: Record<string, string[]> = {};
  for (const e of thesaurus)
    for (const s of e.synonyms) synonyms[s.toLowerCase()] = [...(synonyms[s.toLowerCase()] ?? []), e.term];
  return {
    // Order is rank: a match in the name beats one in the summary, which beats the description.
    searchableAttributes: ["name", "summary", "needNames", "keywords", "categoryNames", "description", "organisation"],
    filterableAttributes: [
      "needs",
      "categories",
      "areas",
      "costType",
      "days",
      "minAge",
      "maxAge",
      "ageGroups",
      "status",
      "_geo",
    ],
    sortableAttributes: ["_geo", "lastChecked", "name"],
    displayedAttributes: [...CARD_FIELDS],
    rankingRules: ["words", "typo", "attribute", "proximity", "sort", "exactness"],
    stopWords: STOP_WORDS,
    synonyms,
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    pagination: { maxTotalHits: 100_000 },
    faceting: { maxValuesPerFacet: 200 },
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

const list = (values: string[]) => `[${values.map((v) => JSON.stringify(v)).join(", ")}]`;

export function meilisearchFilter(f: EngineFilters): string[] {
  const out: string[] = [];
  if (f.needs.length) out.push(`needs IN ${list(f.needs)}`);
  if (f.categories.length) out.push(`categories IN ${list(f.categories)}`);
  if (f.areas.length) out.push(`areas IN ${list(f.areas)}`);
  if (f.costType) out.push(`costType = ${JSON.stringify(f.costType)}`);
  if (f.day) out.push(`days = ${JSON.stringify(f.day)}`);
  if (f.ageRange) out.push(`minAge <= ${Math.trunc(f.ageRange.max)}`, `maxAge >= ${Math.trunc(f.ageRange.min)}`);
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
      apiKey: options.apiKey,
      timeout: 10_000,
      defaultWaitOptions: { timeout: 30_000, interval: 25 },
    });
  }

  /** Creates the index if needed and applies settings (synonyms from the thesaurus). Idempotent. */
  async configure(thesaurus: readonly ThesaurusEntry[]): Promise<void> {
    const indexes = await this.admin.getIndexes({ limit: 1000 });
    if (!indexes.results.some((i) => i.uid === this.index)) {
      await this.admin.createIndex(this.index, { primaryKey: "id" }).waitTask();
    }
    const wanted = meilisearchSettings(thesaurus);
    // Changing settings makes Meilisearch re-index every document, so only send them when they differ.
    const current = await this.admin.index(this.index).getSettings();
    if (sameSettings(current as Record<string, unknown>, wanted as Record<string, unknown>)) return;
    const task = await this.admin.index(this.index).updateSettings(wanted).waitTask({ timeout: 300_000 });
    if (task.status !== "succeeded")
      throw new Error(`Meilisearch settings failed: ${task.error?.message ?? task.status}`);
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    const withGeo = documents.map((d) => ({ ...d, ...(d.locations[0] ? { _geo: d.locations[0] } : {}) }));
    const task = await this.admin.index(this.index).addDocuments(withGeo, { primaryKey: "id" }).waitTask();
    if (task.status !== "succeeded")
      throw new Error(`Meilisearch indexing failed: ${task.error?.message ?? task.status}`);
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    const task = await this.admin.index(this.index).deleteDocuments(ids).waitTask();
    if (task.status !== "succeeded")
      throw new Error(`Meilisearch delete failed: ${task.error?.message ?? task.status}`);
  }

  /** Removes every document: used by a full reindex before re-adding the searchable ones. */
  async clear(): Promise<void> {
    await this.admin.index(this.index).deleteAllDocuments().waitTask();
  }

  /** Atomically swaps a freshly built index in for this one, then drops the old contents. */
  async swapWith(staging: string): Promise<void> {
    const task = await this.admin.swapIndexes([{ indexes: [this.index, staging], rename: false }]).waitTask();
    if (task.status !== "succeeded") throw new Error(`Meilisearch swap failed: ${task.error?.message ?? task.status}`);
    await this.admin.deleteIndex(staging).waitTask();
  }

  async query(q: EngineQuery): Promise<EngineResult> {
    const text = q.terms.join(" ");
    const sort = q.near ? [`_geoPoint(${q.near.lat}, ${q.near.lng}):asc`] : text ? undefined : ["name:asc"];
    const base = { indexUid: this.index, q: text, matchingStrategy: "frequency" as const };
    const activeGroups = q.facets ? FACET_GROUPS.filter((g) => isGroupActive(q.filters, g)) : [];
    const queries: MultiSearchQuery[] = [
      {
        ...base,
        filter: meilisearchFilter(q.filters),
        sort,
        // offset/limit, not page/hitsPerPage: exhaustive hit counting made searches ~8x slower on 10,000
        // listings, and the estimate is exact for the result sets people page through.
        offset: q.offset,
        limit: q.limit,
        attributesToRetrieve: [...CARD_FIELDS],
        facets: q.facets ? FACET_GROUPS.filter((g) => !isGroupActive(q.filters, g)) : undefined,
      },
      // Counts for a group with a choice made are taken without that choice, so other options show real numbers.
      ...activeGroups.map((g) => ({
        ...base,
        filter: meilisearchFilter(withoutGroup(q.filters, g)),
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
    const total = "totalHits" in main ? (main.totalHits ?? 0) : (main.estimatedTotalHits ?? 0);
    const cards = main.hits as unknown as ServiceCardView[];
    return { ids: cards.map((h) => String(h.id)), cards, total, facets };
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
