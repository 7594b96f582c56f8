// Month-on-month change in words, for a commissioner's report: "up 12% on October". Pure.

export function changeInWords(current: number, previous: number, previousMonth: string): string {
  if (previous === 0) return current === 0 ? `none in ${previousMonth} either` : `up from none in ${previousMonth}`;
  const percent = Math.round(((current - previous) / previous) * 100);
  if (current === previous) return `the same as ${previousMonth}`;
  if (percent === 0) return `about the same as ${previousMonth}`;
  return `${percent > 0 ? "up" : "down"} ${Math.abs(percent)}% on ${previousMonth}`;
}

/** Fills the days a series has no row for with 0, so a chart shows quiet days as quiet. */
export function fillDays(days: string[], counts: { label: string; count: number }[]) {
  const byDay = new Map(counts.map((c) => [c.label, c.count]));
  return days.map((day) => ({ label: day, count: byDay.get(day) ?? 0 }));
}
