import type { Metadata } from "next";
import Link from "next/link";
import { ColumnChart, RankedBars } from "@/components/reports/bar-chart";
import { PeriodForm } from "@/components/reports/period-form";
import { loadGapsReport, THRESHOLDS } from "@/lib/reports/gaps/loaders";
import type { GapGroup } from "@/lib/reports/gaps/group";
import { monthName } from "@/lib/reports/period";

export const metadata: Metadata = { title: "Gaps in provision" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function GroupTable({ id, title, rows, searches }: { id: string; title: string; rows: GapGroup[]; searches: string }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2">None in this period.</p>
      ) : (
        <table className="mt-2 w-full max-w-3xl text-left text-base">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-3">
                {title.replace(/^By /, "").replace(/^./, (c) => c.toUpperCase())}
              </th>
              <th scope="col" className="pr-3 text-right">
                {searches}
              </th>
              <th scope="col" className="text-right">
                Reports of missing support
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((g) => (
              <tr key={g.code ?? "none"} className="border-b border-line">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {g.name}
                </th>
                <td className="pr-3 text-right tabular-nums">{g.searches.toLocaleString("en-GB")}</td>
                <td className="text-right tabular-nums">{g.reports.toLocaleString("en-GB")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export default async function GapsPage({ searchParams }: Props) {
  const report = await loadGapsReport(await searchParams);
  const { period, threshold, groups } = report;
  const searches = `Searches with ${threshold.label.toLowerCase()}`;
  const csv = `/admin/reports/gaps/csv?${new URLSearchParams({ period: period.key, results: threshold.value })}`;
  const trend = (field: "searches" | "reports") =>
    report.trend.map((m) => ({ label: monthName(m.month), count: m[field] }));
  return (
    <>
      <p className="text-base">
        <Link href="/admin/reports">Reports</Link>
      </p>
      <h1 className="mt-2 text-3xl">Gaps in provision</h1>
      <p className="mt-2 max-w-3xl">
        Where families looked for help and found little or none: searches with few results, and what families told us on
        &ldquo;Tell us about support that is missing&rdquo;. A search counts under the need, age group and area it was
        filtered by. When no need was chosen, its words are read the way search reads them (so &ldquo;asd&rdquo; counts
        under Autism). A search can count under more than one need, age group or area.
      </p>
      <PeriodForm periods={report.periods} chosen={period.key}>
        <div>
          <label htmlFor="results" className="block font-bold">
            Searches with
          </label>
          <select id="results" name="results" defaultValue={threshold.value} className="input mt-1 w-auto">
            {THRESHOLDS.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
      </PeriodForm>
      <p className="mt-4 text-lg" role="status">
        {period.label}: <strong>{groups.searches.toLocaleString("en-GB")}</strong> {searches.toLowerCase()} and{" "}
        <strong>{groups.reports.toLocaleString("en-GB")}</strong> {groups.reports === 1 ? "report" : "reports"} of
        missing support.
      </p>
      <p className="mt-2">
        <a href={csv} download>
          Download these figures as a spreadsheet (CSV)
        </a>
      </p>

      <GroupTable id="by-need" title="By need" rows={groups.byNeed} searches={searches} />
      <GroupTable id="by-age" title="By age group" rows={groups.byAgeGroup} searches={searches} />
      <GroupTable id="by-area" title="By area" rows={groups.byArea} searches={searches} />

      <section aria-labelledby="trend" className="mt-8">
        <h2 id="trend" className="text-2xl">
          Month by month
        </h2>
        <p className="mt-1 max-w-3xl">The 12 months up to the end of the period.</p>
        <div className="grid gap-6 lg:grid-cols-2">
          <div>
            <h3 className="mt-4 text-xl">{searches}</h3>
            <ColumnChart
              id="trend-searches"
              title={`${searches} by month`}
              bars={trend("searches")}
              unit="searches"
              labelHeading="Month"
              countHeading="Searches"
            />
          </div>
          <div>
            <h3 className="mt-4 text-xl">Reports of missing support</h3>
            <ColumnChart
              id="trend-reports"
              title="Reports of missing support by month"
              bars={trend("reports")}
              unit="reports"
              labelHeading="Month"
              countHeading="Reports"
            />
          </div>
        </div>
      </section>

      <section aria-labelledby="top-searches" className="mt-8">
        <h2 id="top-searches" className="text-2xl">
          Searches that found nothing
        </h2>
        <p className="mt-1 max-w-3xl">The 20 made most often in the period, with the filters chosen.</p>
        <RankedBars
          caption="Searches that found nothing"
          labelHeading="Search"
          countHeading="Times made"
          rows={report.topSearches.map((s) => ({
            label: `${s.query} ${s.filters}`,
            count: s.searches,
            display: (
              <>
                {s.query ? <span className="font-bold">{s.query}</span> : <span>(no words)</span>}
                {s.filters && <span className="block text-muted">Filters: {s.filters}</span>}
              </>
            ),
          }))}
        />
      </section>
    </>
  );
}
