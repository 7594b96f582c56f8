// Gaps in provision: searches that found nothing or almost nothing, and families' "tell us about
// support that is missing", counted by need, age group and area, by month, and the top searches
// that found nothing. Pure: the rows come from data.ts, the names from the vocabulary.
import { applyThesaurus, normaliseText, thesaurusPhrases } from "@/lib/search/query/understand";
import { AGE_GROUP_TERMS } from "@/lib/taxonomy/vocabulary";
import type { ThesaurusEntry } from "@/lib/thesaurus/seed";

/** One distinct search (words and filters) with few results, and how many times it was made. */
export type GapSearchRow = {
  query: string;
  needs: string[];
  areas: string[];
  ageRange?: { min: number; max: number };
  resultCount: number;
  month: string;
  searches: number;
};

/** "Support that is missing" reports with the same need, age group, area and month. */
export type MissingRow = {
  need: string | null;
  ageGroup: string | null;
  area: string | null;
  month: string;
  reports: number;
};

type Term = { code: string; name: string; description?: string };
export type GapVocabulary = { needs: Term[]; ageGroups: Term[]; areas: Term[] };

export type GapGroup = { code: string | null; name: string; searches: number; reports: number };
export type GapTrendMonth = { month: string; searches: number; reports: number };
export type TopSearch = { query: string; filters: string; searches: number };

export const NOT_GIVEN = "Not given";

/**
 * Which needs a search's words name. The filters are used when the family chose a need; only
 * searches without one are read for words. We run the words and each need's name and description
 * through the thesaurus (the same reading search itself does, lib/search/query/understand.ts), so
 * "my son has asd" meets Autism, "anxious" meets Social, emotional and mental health (its
 * description says anxiety) and "can't concentrate" meets ADHD, without a second list to keep; a
 * need no thesaurus entry covers still matches its own name.
 * Cheap: a few regular expressions per distinct search, run when the report is read.
 */
export function needMatcher(needs: Term[], thesaurus: readonly ThesaurusEntry[]): (words: string) => string[] {
  const phrases = thesaurusPhrases(thesaurus);
  const needTerms = needs.map((n) => ({
    code: n.code,
    name: normaliseText(n.name),
    terms: new Set(applyThesaurus(`${n.code.replaceAll("-", " ")} ${n.name} ${n.description ?? ""}`, phrases).found),
  }));
  return (words) => {
    if (!words.trim()) return [];
    const found = new Set(applyThesaurus(words, phrases).found);
    const text = ` ${normaliseText(words)} `;
    return needTerms
      .filter((n) => [...n.terms].some((t) => found.has(t)) || text.includes(` ${n.name} `))
      .map((n) => n.code);
  };
}

/**
 * The age group a search chose, or the groups a typed age overlaps, as the search filter itself
 * overlaps ranges (age 11 is both primary and secondary). A chosen group is only itself, though
 * its range (5 to 11) touches the next one.
 */
export function ageGroupsFor(range: { min: number; max: number } | undefined): string[] {
  if (!range) return [];
  const chosen = AGE_GROUP_TERMS.find((g) => g.min === range.min && g.max === range.max);
  if (chosen) return [chosen.code];
  return AGE_GROUP_TERMS.filter((g) => g.min <= range.max && range.min <= g.max).map((g) => g.code);
}

function tally(terms: Term[]) {
  const groups = new Map<string | null, GapGroup>();
  const nameOf = (code: string | null) =>
    code === null ? NOT_GIVEN : (terms.find((t) => t.code === code)?.name ?? code);
  const add = (codes: (string | null)[], field: "searches" | "reports", n: number) => {
    for (const code of codes.length ? [...new Set(codes)] : [null]) {
      const group = groups.get(code) ?? { code, name: nameOf(code), searches: 0, reports: 0 };
      group[field] += n;
      groups.set(code, group);
    }
  };
  // Most first; "Not given" always last, so the gaps that name something lead.
  const sorted = () =>
    [...groups.values()].sort(
      (a, b) =>
        Number(a.code === null) - Number(b.code === null) ||
        b.searches + b.reports - (a.searches + a.reports) ||
        a.name.localeCompare(b.name),
    );
  return { add, sorted };
}

export type GapGroups = {
  byNeed: GapGroup[];
  byAgeGroup: GapGroup[];
  byArea: GapGroup[];
  searches: number;
  reports: number;
};

/** The period's searches and reports by need, age group and area. A search can name several of each. */
export function groupGaps(
  searches: GapSearchRow[],
  missing: MissingRow[],
  vocabulary: GapVocabulary,
  needsInWords: (words: string) => string[],
): GapGroups {
  const need = tally(vocabulary.needs);
  const age = tally(vocabulary.ageGroups);
  const area = tally(vocabulary.areas);
  for (const s of searches) {
    need.add(s.needs.length ? s.needs : needsInWords(s.query), "searches", s.searches);
    age.add(ageGroupsFor(s.ageRange), "searches", s.searches);
    area.add(s.areas, "searches", s.searches);
  }
  for (const m of missing) {
    need.add([m.need], "reports", m.reports);
    age.add([m.ageGroup], "reports", m.reports);
    area.add([m.area], "reports", m.reports);
  }
  return {
    byNeed: need.sorted(),
    byAgeGroup: age.sorted(),
    byArea: area.sorted(),
    searches: searches.reduce((n, s) => n + s.searches, 0),
    reports: missing.reduce((n, m) => n + m.reports, 0),
  };
}

/** Searches and reports in each of the given months (every month listed, empty ones as 0). */
export function trendByMonth(months: string[], searches: GapSearchRow[], missing: MissingRow[]): GapTrendMonth[] {
  const byMonth = new Map(months.map((month) => [month, { month, searches: 0, reports: 0 }]));
  for (const s of searches) {
    const m = byMonth.get(s.month);
    if (m) m.searches += s.searches;
  }
  for (const r of missing) {
    const m = byMonth.get(r.month);
    if (m) m.reports += r.reports;
  }
  return [...byMonth.values()];
}

/** The searches that found nothing, most made first, with their filters in words. */
export function topZeroResultSearches(searches: GapSearchRow[], vocabulary: GapVocabulary, limit = 20): TopSearch[] {
  const names = (codes: string[], terms: Term[]) => codes.map((c) => terms.find((t) => t.code === c)?.name ?? c);
  const same = new Map<string, TopSearch>();
  for (const s of searches) {
    if (s.resultCount !== 0) continue;
    const filters = [
      ...names(s.needs, vocabulary.needs),
      ...names(ageGroupsFor(s.ageRange), vocabulary.ageGroups),
      ...names(s.areas, vocabulary.areas),
    ].join("; ");
    // Months are separate rows from the database: add them up.
    const key = JSON.stringify([s.query, filters]);
    const row = same.get(key) ?? { query: s.query, filters, searches: 0 };
    row.searches += s.searches;
    same.set(key, row);
  }
  return [...same.values()].sort((a, b) => b.searches - a.searches || a.query.localeCompare(b.query)).slice(0, limit);
}
