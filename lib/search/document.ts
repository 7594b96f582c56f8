// Turns a listing into the document both search engines index. Pure and engine-neutral, so
// Meilisearch and the PostgreSQL fallback search exactly the same words and filter values.
// It sits above query/ and sync/ because it is their contract: sync builds documents, query returns
// their card fields (ServiceCardView) as results.
import type { AccessMethod, CostType, ServiceStatus } from "@/lib/generated/prisma/enums";
import { AGE_GROUP_TERMS } from "@/lib/taxonomy/vocabulary";
import { applyThesaurus, type Phrase } from "@/lib/search/query/understand";
import { stemText } from "@/lib/search/word-stem";
import { accessFeatures, DELIVERY_METHODS, languageCodes, timesOfDay } from "@/lib/services/service-features";

export const SEARCHABLE_STATUSES = ["active", "temporarily_closed"] as const;
const ALL_AREAS = ["north", "central", "south", "whole"];

/** The listing as read for indexing (see sync/data.ts). */
export type IndexableService = {
  id: string;
  slug: string;
  name: string;
  summary: string;
  description: string;
  whoFor: string;
  /** The easy-read summary, if any: its words are searched with the description's. */
  easyRead?: string | null;
  status: ServiceStatus;
  accessMethod: AccessMethod;
  minimumAge: number;
  maximumAge: number;
  costType: CostType;
  tags: string[];
  lastCheckedAt: Date | null;
  publishedAt: Date | null;
  archivedAt: Date | null;
  organisation: { name: string };
  serviceAreas: { areaCode: string }[];
  terms: { term: { code: string; name: string; taxonomy: { code: string } } }[];
  deliveryMethods: string[];
  schedules: {
    byday: string;
    opensAt: string | null;
    closesAt: string | null;
    termTimeOnly: boolean;
    description: string | null;
  }[];
  languages: { name: string; code: string | null }[];
  serviceAtLocations: {
    location: { latitude: number | null; longitude: number | null; accessibility: { description: string }[] };
  }[];
};

export type SearchDocument = {
  id: string;
  slug: string;
  name: string;
  summary: string;
  needNames: string[];
  categoryNames: string[];
  /** Provider tags plus the thesaurus terms the listing's own words imply ("respite" → "short breaks"). */
  keywords: string[];
  description: string;
  organisation: string;
  /**
   * Each field's words as stems (word-stem.ts), for Meilisearch, which does not stem: it is asked for
   * stems, so "volunteering" finds a listing about "volunteers". PostgreSQL stems by itself.
   */
  nameStems: string;
  summaryStems: string;
  termStems: string;
  descriptionStems: string;
  needs: string[];
  categories: string[];
  /** Areas a search for that area should find: a whole-borough service is in every area. */
  areas: string[];
  costType: CostType;
  days: string[];
  minAge: number;
  maxAge: number;
  ageGroups: string[];
  /** How it is delivered, what its venues offer, languages besides English, when it runs (service-features.ts). */
  delivery: string[];
  access: string[];
  languages: string[];
  times: string[];
  status: ServiceStatus;
  accessMethod: AccessMethod;
  /** Days since 1970 (0 when never checked), so it sorts as a number in both engines. */
  lastChecked: number;
  locations: { lat: number; lng: number }[];
};

/**
 * The field the document gained last: a server that finds Meilisearch's listings without it rebuilds them
 * (ensure-index.ts), so a new searchable field reaches every listing. Change it when adding such a field.
 */
export const NEWEST_DOCUMENT_FIELD = "descriptionStems";

/** Public (published, not archived) and still running: closed-for-good listings leave search. */
export function isSearchable(s: Pick<IndexableService, "publishedAt" | "archivedAt" | "status">): boolean {
  return (
    s.publishedAt !== null && s.archivedAt === null && (SEARCHABLE_STATUSES as readonly string[]).includes(s.status)
  );
}

// Short acronyms ("hi", "ot", "add") are too ambiguous to read into a listing's own prose.
export const isSafeForDocuments = (p: Phrase) => p.phrase.length >= 4;

export function toSearchDocument(s: IndexableService, phrases: readonly Phrase[] = []): SearchDocument | null {
  if (!isSearchable(s)) return null;
  const ofTaxonomy = (code: string) => s.terms.filter((t) => t.term.taxonomy.code === code).map((t) => t.term);
  const needs = ofTaxonomy("needs");
  const categories = ofTaxonomy("categories");
  // The easy-read summary too, so a family searching in its everyday words finds the listing.
  const description = [s.description, s.whoFor, s.easyRead].filter(Boolean).join("\n\n");
  const implied = applyThesaurus(
    [s.name, s.summary, description, ...s.tags].join(" \n "),
    phrases.filter(isSafeForDocuments),
  ).found;
  const areaCodes = s.serviceAreas.map((a) => a.areaCode);
  return {
    id: s.id,
    slug: s.slug,
    name: s.name,
    summary: s.summary,
    needNames: needs.map((t) => t.name),
    categoryNames: categories.map((t) => t.name),
    keywords: [...new Set([...s.tags, ...implied])],
    description,
    organisation: s.organisation.name,
    nameStems: stemText(s.name),
    summaryStems: stemText(s.summary),
    termStems: stemText(
      [...needs, ...categories]
        .map((t) => t.name)
        .concat(s.tags, implied)
        .join(" \n "),
    ),
    descriptionStems: stemText(description),
    needs: needs.map((t) => t.code),
    categories: categories.map((t) => t.code),
    areas: areaCodes.includes("whole") ? ALL_AREAS : [...new Set(areaCodes)],
    costType: s.costType,
    days: [...new Set(s.schedules.flatMap((x) => x.byday.split(",")).filter(Boolean))].sort(),
    minAge: s.minimumAge,
    maxAge: s.maximumAge,
    ageGroups: AGE_GROUP_TERMS.filter((g) => g.min <= s.maximumAge && g.max >= s.minimumAge).map((g) => g.code),
    delivery: DELIVERY_METHODS.filter((m) => s.deliveryMethods.includes(m)),
    access: accessFeatures(s.serviceAtLocations.flatMap((x) => x.location.accessibility.map((a) => a.description))),
    languages: languageCodes(s.languages),
    times: timesOfDay(s.schedules, `${s.name}\n${s.summary}`),
    status: s.status,
    accessMethod: s.accessMethod,
    lastChecked: s.lastCheckedAt ? Math.floor(s.lastCheckedAt.getTime() / 86_400_000) : 0,
    locations: s.serviceAtLocations
      .map((x) => x.location)
      .flatMap((l) => (l.latitude !== null && l.longitude !== null ? [{ lat: l.latitude, lng: l.longitude }] : [])),
  };
}

/** What a result card shows, kept in both indexes so a results page needs no further database reads. */
export const CARD_FIELDS = [
  "id",
  "slug",
  "name",
  "summary",
  "organisation",
  "status",
  "accessMethod",
  "costType",
  "minAge",
  "maxAge",
  "needs",
  "needNames",
  // Every venue, so a results page near a postcode can show the nearest one's distance.
  "locations",
] as const;
/** A search result as both engines return it and the results page shows it: the index's copy, not a database row. */
export type ServiceCardView = Pick<SearchDocument, (typeof CARD_FIELDS)[number]>;

export function pickCard(d: SearchDocument): ServiceCardView {
  return Object.fromEntries(CARD_FIELDS.map((k) => [k, d[k]])) as ServiceCardView;
}

/** Every distinct word in a document, for the PostgreSQL engine's misspelling dictionary. */
export function documentWords(d: SearchDocument): string[] {
  return distinctWords(
    [d.name, d.summary, ...d.needNames, ...d.categoryNames, ...d.keywords, d.description, d.organisation].join(" "),
  );
}

/** Lower-case words of four or more letters, accents and apostrophes dropped, each once. */
export function distinctWords(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .match(/[a-z][a-z']{3,}/g) ?? [];
  return [...new Set(words.map((w) => w.replace(/'/g, "")))];
}
