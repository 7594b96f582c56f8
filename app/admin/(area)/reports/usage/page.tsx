import type { Metadata } from "next";
import Link from "next/link";
import { ColumnChart, RankedBars } from "@/components/reports/bar-chart";
import { PeriodForm } from "@/components/reports/period-form";
import { shortDay } from "@/lib/reports/period";
import { loadUsageReport } from "@/lib/reports/usage/loaders";

export const metadata: Metadata = { title: "How the Local Offer is used" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const n = (count: number) => count.toLocaleString("en-GB");

function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      {intro && <p className="mt-1 max-w-3xl">{intro}</p>}
      {children}
    </section>
  );
}

export default async function UsagePage({ searchParams }: Props) {
  const report = await loadUsageReport(await searchParams);
  const { period, totals, monthOnMonth } = report;
  const days = (bars: { label: string; count: number }[]) => bars.map((b) => ({ ...b, label: shortDay(b.label) }));
  return (
    <>
      <p className="text-base">
        <Link href="/admin/reports">Reports</Link>
      </p>
      <h1 className="mt-2 text-3xl">How the Local Offer is used</h1>
      <p className="mt-2 max-w-3xl">
        Counted by our own server as pages are sent, without cookies: no addresses, no device details and nothing about
        the person are kept, and search engines and other programs are left out. Staff pages are not counted. Days are
        counted in UTC (in summer, the hour after midnight falls on the day before).
      </p>

      <section aria-labelledby="month-on-month" className="mt-6">
        <h2 id="month-on-month" className="text-2xl">
          {monthOnMonth.month}
        </h2>
        <ul className="mt-2 grid gap-4 sm:grid-cols-3">
          {monthOnMonth.figures.map((f) => (
            <li key={f.label} className="bg-panel p-4">
              <span className="block text-4xl font-bold">{n(f.count)}</span>
              <span className="block">{f.label.toLowerCase()}</span>
              <span className="block text-base">{f.change}</span>
            </li>
          ))}
        </ul>
      </section>

      <PeriodForm periods={report.periods} chosen={period.key} />
      <p className="mt-4 text-lg" role="status">
        {period.label}: <strong>{n(totals.pageViews)}</strong> page views, <strong>{n(totals.searches)}</strong>{" "}
        searches and <strong>{n(totals.listingViews)}</strong> views of listings.
      </p>

      <Section id="views-by-day" title="Page views per day">
        <ColumnChart
          id="views-chart"
          title="Page views per day"
          bars={days(report.pageViewsByDay)}
          unit="page views"
          labelHeading="Day"
          countHeading="Page views"
        />
      </Section>

      <Section
        id="views-by-page"
        title="Page views per page"
        intro="The 50 pages viewed most. Listings are shown by their web address."
      >
        <RankedBars
          caption="Page views per page"
          labelHeading="Page"
          countHeading="Views"
          rows={report.pageViewsByPath.map((p) => ({ ...p, display: <code className="break-all">{p.label}</code> }))}
        />
      </Section>

      <Section
        id="searches-by-day"
        title="Searches per day"
        intro="Each search counts once, however many pages of results were looked at."
      >
        <ColumnChart
          id="searches-chart"
          title="Searches per day"
          bars={days(report.searchesByDay)}
          unit="searches"
          labelHeading="Day"
          countHeading="Searches"
        />
      </Section>

      <Section
        id="top-searches"
        title="Top searches"
        intro="The words searched for most, with personal details already removed."
      >
        <RankedBars
          caption="Top searches"
          labelHeading="Words"
          countHeading="Searches"
          rows={report.topSearches.map((s) => ({
            label: s.query,
            count: s.count,
            display: (
              <>
                <span>{s.query}</span>
                {s.foundNothing && <span className="block text-muted">Found nothing</span>}
              </>
            ),
          }))}
        />
      </Section>

      <Section id="top-listings" title="Listings viewed most">
        <RankedBars
          caption="Listings viewed most"
          labelHeading="Listing"
          countHeading="Views"
          rows={report.topListings.map((l) => ({
            label: l.name,
            count: l.count,
            display: <Link href={`/services/${l.slug}`}>{l.name}</Link>,
          }))}
        />
      </Section>

      <Section
        id="views-by-area"
        title="Results viewed, by the area chosen"
        intro="Views of search results pages, by the area families chose. A search for two areas counts under both."
      >
        <RankedBars
          caption="Results viewed, by the area chosen"
          labelHeading="Area"
          countHeading="Views"
          rows={report.resultViewsByArea}
        />
      </Section>
    </>
  );
}
