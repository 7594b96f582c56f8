// The gaps report as spreadsheet rows: the same figures the page shows, one table in long form
// (figure, name, numbers) so a commissioner can filter and pivot it. Pure.
import type { CsvValue } from "@/lib/platform/csv";
import { monthName } from "../period";
import type { GapGroups, GapTrendMonth, TopSearch } from "./group";

export function gapsCsvRows(report: {
  period: { label: string };
  threshold: { label: string };
  groups: GapGroups;
  trend: GapTrendMonth[];
  topSearches: TopSearch[];
}): CsvValue[][] {
  const searches = `Searches with ${report.threshold.label.toLowerCase()}`;
  const groupRows = (figure: string, rows: GapGroups["byNeed"]) =>
    rows.map((g) => [figure, g.name, "", g.searches, g.reports]);
  return [
    ["Figure", "Name", "Filters", searches, "Reports of missing support"],
    ["Period", report.period.label, "", report.groups.searches, report.groups.reports],
    ...groupRows("Need", report.groups.byNeed),
    ...groupRows("Age group", report.groups.byAgeGroup),
    ...groupRows("Area", report.groups.byArea),
    ...report.trend.map((m) => ["Month", monthName(m.month), "", m.searches, m.reports]),
    ...report.topSearches.map((s) => ["Search with no results", s.query || "(no words)", s.filters, s.searches, ""]),
  ];
}
