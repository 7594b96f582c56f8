// The gaps in provision report for officers: its page and its CSV read the same figures.
import "server-only";
import { requireStaff } from "@/lib/auth/loaders";
import { loadVocabulary } from "@/lib/taxonomy/loaders";
import { loadThesaurus } from "@/lib/thesaurus/store";
import { monthBounds, monthsEnding, periodOptions, resolvePeriod } from "../period";
import { findGapSearches, findMissingSupport } from "./data";
import { groupGaps, needMatcher, topZeroResultSearches, trendByMonth } from "./group";

/** "Few results": the choices offered, and the one used when none is chosen. */
export const THRESHOLDS = [
  { value: "0", label: "No results" },
  { value: "2", label: "2 results or fewer" },
  { value: "5", label: "5 results or fewer" },
] as const;
const DEFAULT_THRESHOLD = "2";

export async function loadGapsReport(params: Record<string, string | string[] | undefined>, now = new Date()) {
  await requireStaff("/admin/reports/gaps");
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const period = resolvePeriod(first(params.period), "12m", now);
  const threshold = THRESHOLDS.find((t) => t.value === first(params.results)) ?? THRESHOLDS[1];
  const maxResults = Number(threshold.value ?? DEFAULT_THRESHOLD);
  // The trend is the 12 months ending with the period's last day, whatever the period.
  const lastDay = new Date(period.to.getTime() - 1);
  const months = monthsEnding(lastDay);
  const trendFrom = monthBounds(months[0]).from;

  const [vocabulary, { entries }, searches, missing, trendSearches, trendMissing] = await Promise.all([
    loadVocabulary(),
    loadThesaurus(),
    findGapSearches(period.from, period.to, maxResults),
    findMissingSupport(period.from, period.to),
    findGapSearches(trendFrom, period.to, maxResults),
    findMissingSupport(trendFrom, period.to),
  ]);
  return {
    period,
    periods: periodOptions(now),
    threshold,
    groups: groupGaps(searches, missing, vocabulary, needMatcher(vocabulary.needs, entries)),
    trend: trendByMonth(months, trendSearches, trendMissing),
    topSearches: topZeroResultSearches(searches, vocabulary),
  };
}

export type GapsReport = Awaited<ReturnType<typeof loadGapsReport>>;
