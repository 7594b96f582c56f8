// The reporting periods officers choose from (a GET form, so a report's address can be shared),
// and the days and months inside them. Pure. Days and months are UTC calendar dates, like the
// listing view counts (lib/listing-views): in summer a view just after midnight falls on the
// day before, which does not change any trend a commissioner reads.

export type Period = { key: string; label: string; from: Date; to: Date };

const DAY_MS = 86_400_000;
const startOfDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month, 1));

/** A UTC date as YYYY-MM-DD. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** A UTC date's month as YYYY-MM. */
export const isoMonth = (d: Date) => d.toISOString().slice(0, 7);

/** The periods offered, newest first; `from` is inclusive and `to` exclusive. */
export function periodOptions(now = new Date()): Period[] {
  const tomorrow = new Date(startOfDay(now).getTime() + DAY_MS);
  const days = (n: number) => new Date(tomorrow.getTime() - n * DAY_MS);
  const [year, month] = [now.getUTCFullYear(), now.getUTCMonth()];
  return [
    { key: "7d", label: "Last 7 days", from: days(7), to: tomorrow },
    { key: "30d", label: "Last 30 days", from: days(30), to: tomorrow },
    { key: "this-month", label: "This month so far", from: monthStart(year, month), to: tomorrow },
    { key: "last-month", label: "Last month", from: monthStart(year, month - 1), to: monthStart(year, month) },
    { key: "12m", label: "Last 12 months", from: monthStart(year, month - 11), to: tomorrow },
    { key: String(year), label: `${year} so far`, from: monthStart(year, 0), to: tomorrow },
    { key: String(year - 1), label: String(year - 1), from: monthStart(year - 1, 0), to: monthStart(year, 0) },
  ];
}

/** The chosen period, or the fallback for a missing or unknown choice (a filter, not a form to correct). */
export function resolvePeriod(choice: string | undefined, fallback: string, now = new Date()): Period {
  const options = periodOptions(now);
  return options.find((p) => p.key === choice) ?? options.find((p) => p.key === fallback) ?? options[0];
}

/** Every day from `from` up to but not including `to`, as YYYY-MM-DD. */
export function daysIn(from: Date, to: Date): string[] {
  const out: string[] = [];
  for (let t = startOfDay(from).getTime(); t < to.getTime(); t += DAY_MS) out.push(isoDay(new Date(t)));
  return out;
}

/** The `count` calendar months ending with the one `lastDay` falls in, oldest first, as YYYY-MM. */
export function monthsEnding(lastDay: Date, count = 12): string[] {
  return Array.from({ length: count }, (_, i) =>
    isoMonth(monthStart(lastDay.getUTCFullYear(), lastDay.getUTCMonth() - (count - 1 - i))),
  );
}

/** The first day of a YYYY-MM month, and of the month after it. */
export function monthBounds(month: string): { from: Date; to: Date } {
  const [y, m] = month.split("-").map(Number);
  return { from: monthStart(y, m - 1), to: monthStart(y, m) };
}

const MONTH_NAMES = "January February March April May June July August September October November December".split(" ");

/** "October 2026", or "October" when `withYear` is false. */
export function monthName(month: string, withYear = true): string {
  const [y, m] = month.split("-").map(Number);
  return withYear ? `${MONTH_NAMES[m - 1]} ${y}` : MONTH_NAMES[m - 1];
}

/** "3 Nov" for a YYYY-MM-DD day: short enough to label a chart's bars. */
export function shortDay(day: string): string {
  const [, m, d] = day.split("-").map(Number);
  return `${d} ${MONTH_NAMES[m - 1].slice(0, 3)}`;
}
