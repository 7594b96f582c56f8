// Loaders for the public "You said, we did" pages and the annual report's CSV. Public: no session.
// They turn the published rows into periods (quarters) and themes; nothing but the approved
// anonymised text, the response and the action reaches a page.
import "server-only";
import { cache } from "react";
import { FEEDBACK_THEMES, themeLabel } from "../labels";
import { findPublishedFeedback, findPublishedYears, findYearCounts } from "./data";

const QUARTERS = ["January to March", "April to June", "July to September", "October to December"];
const london = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "numeric" });

/** "April to June 2026", by the UK clock, with a key that sorts newest first. */
export function periodOf(date: Date): { key: string; label: string } {
  const parts = Object.fromEntries(london.formatToParts(date).map((p) => [p.type, p.value]));
  const quarter = Math.floor((Number(parts.month) - 1) / 3);
  return { key: `${parts.year}-${quarter}`, label: `${QUARTERS[quarter]} ${parts.year}` };
}

export type PublishedItem = { id: string; text: string; response: string; action: string };
export type PeriodGroup = {
  key: string;
  label: string;
  themes: { theme: string; label: string; items: PublishedItem[] }[];
};

const THEME_ORDER = Object.keys(FEEDBACK_THEMES);
const themeRank = (t: string) => (THEME_ORDER.includes(t) ? THEME_ORDER.indexOf(t) : THEME_ORDER.length);

function groupByPeriod(rows: Awaited<ReturnType<typeof findPublishedFeedback>>): PeriodGroup[] {
  const periods = new Map<string, PeriodGroup>();
  for (const row of rows) {
    const { key, label } = periodOf(row.createdAt);
    const period = periods.get(key) ?? { key, label, themes: [] };
    periods.set(key, period);
    const theme = row.theme ?? "none";
    let group = period.themes.find((t) => t.theme === theme);
    if (!group) period.themes.push((group = { theme, label: themeLabel(row.theme), items: [] }));
    group.items.push({ id: row.id, text: row.redactedComment ?? "", response: row.response, action: row.action });
  }
  for (const p of periods.values()) p.themes.sort((a, b) => themeRank(a.theme) - themeRank(b.theme));
  return [...periods.values()].sort((a, b) => (a.key < b.key ? 1 : -1));
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Reads ?year=2026&theme=ease_of_use; anything else is ignored rather than refused. */
export function parseYouSaidFilters(query: Record<string, string | string[] | undefined>) {
  const yearText = one(query.year) ?? "";
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const themeText = one(query.theme) ?? "";
  const theme = Object.hasOwn(FEEDBACK_THEMES, themeText) ? themeText : undefined;
  return { year, theme };
}

export const loadYouSaidWeDid = cache(async (year?: number, theme?: string) => {
  const [rows, years] = await Promise.all([findPublishedFeedback({ year, theme }), findPublishedYears()]);
  return { periods: groupByPeriod(rows), years, count: rows.length };
});

/** The annual report: counts by theme, what changed, and the year's published comments. */
export const loadAnnualReport = cache(async (year: number) => {
  const [counts, rows] = await Promise.all([findYearCounts(year), findPublishedFeedback({ year })]);
  counts.sort((a, b) => themeRank(a.theme ?? "none") - themeRank(b.theme ?? "none"));
  const byTheme = counts.map((c) => ({ ...c, label: themeLabel(c.theme) }));
  const total = byTheme.reduce(
    (t, c) => ({
      received: t.received + c.received,
      published: t.published + c.published,
      excluded: t.excluded + c.excluded,
    }),
    { received: 0, published: 0, excluded: 0 },
  );
  const changes = rows.filter((r) => r.action).map((r) => ({ id: r.id, theme: themeLabel(r.theme), action: r.action }));
  return { year, byTheme, total, changes, periods: groupByPeriod(rows) };
});

/** The annual report as CSV rows: one row a published comment, anonymised text only. */
export async function loadAnnualReportCsv(year: number) {
  const rows = await findPublishedFeedback({ year });
  const header = ["Period", "Theme", "What you said (made anonymous)", "Our response", "What we did"];
  const sorted = [...rows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return [
    header,
    ...sorted.map((r) => [
      periodOf(r.createdAt).label,
      themeLabel(r.theme),
      r.redactedComment ?? "",
      r.response,
      r.action,
    ]),
  ];
}
