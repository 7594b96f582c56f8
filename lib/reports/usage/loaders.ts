// The usage report for officers: page views, searches and listing views, counted without cookies.
import "server-only";
import { requireStaff } from "@/lib/auth/loaders";
import { loadVocabulary } from "@/lib/taxonomy/loaders";
import { daysIn, monthBounds, monthName, monthsEnding, periodOptions, resolvePeriod } from "../period";
import { changeInWords, fillDays } from "./change";
import {
  findTopListings,
  findTopSearches,
  sumPageViewsByDay,
  sumPageViewsByPath,
  sumResultViewsByArea,
  sumSearchesByDay,
  sumTotals,
} from "./data";

type Totals = Awaited<ReturnType<typeof sumTotals>>;
const FIGURES = [
  { key: "pageViews", label: "Page views" },
  { key: "searches", label: "Searches" },
  { key: "listingViews", label: "Views of listings" },
] as const;

/** Last whole month against the month before it, each figure with its change in words. */
async function monthOnMonth(now: Date) {
  // The last three months ending with this one: [month before last, last month, this month].
  const [earlier, last] = monthsEnding(now, 3);
  const [a, b] = await Promise.all([monthBounds(earlier), monthBounds(last)].map((m) => sumTotals(m.from, m.to)));
  return {
    month: monthName(last),
    figures: FIGURES.map(({ key, label }) => ({
      label,
      count: b[key as keyof Totals],
      change: changeInWords(b[key as keyof Totals], a[key as keyof Totals], monthName(earlier, false)),
    })),
  };
}

export async function loadUsageReport(params: Record<string, string | string[] | undefined>, now = new Date()) {
  await requireStaff("/admin/reports/usage");
  const choice = Array.isArray(params.period) ? params.period[0] : params.period;
  const period = resolvePeriod(choice, "30d", now);
  const { from, to } = period;
  const days = daysIn(from, to);
  const [vocabulary, totals, pageViews, pages, searches, topSearches, topListings, areas, change] = await Promise.all([
    loadVocabulary(),
    sumTotals(from, to),
    sumPageViewsByDay(from, to),
    sumPageViewsByPath(from, to),
    sumSearchesByDay(from, to),
    findTopSearches(from, to),
    findTopListings(from, to),
    sumResultViewsByArea(from, to),
    monthOnMonth(now),
  ]);
  const areaName = (code: string) =>
    code ? (vocabulary.areas.find((a) => a.code === code)?.name ?? code) : "No area chosen";
  return {
    period,
    periods: periodOptions(now),
    totals,
    pageViewsByDay: fillDays(days, pageViews),
    pageViewsByPath: pages,
    searchesByDay: fillDays(days, searches),
    topSearches,
    topListings,
    resultViewsByArea: areas.map((a) => ({ label: areaName(a.label), count: a.count })),
    monthOnMonth: change,
  };
}

export type UsageReport = Awaited<ReturnType<typeof loadUsageReport>>;
