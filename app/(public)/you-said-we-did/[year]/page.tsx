import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { YouSaidWeDidList } from "@/components/feedback/you-said-we-did-list";
import { Link } from "@/components/ui/link";
import { Table } from "@/components/ui/table";
import { loadAnnualReport } from "@/lib/feedback/publish/loaders";
import { pageMetadata } from "@/lib/platform/page-metadata";

type Props = { params: Promise<{ year: string }> };

function yearOf(text: string): number {
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= 2000 && year <= 2100)) notFound();
  return year;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = yearOf((await params).year);
  return pageMetadata(`/you-said-we-did/${year}`, { title: `You said, we did: ${year} report` });
}

export default async function AnnualReportPage({ params }: Props) {
  const year = yearOf((await params).year);
  const report = await loadAnnualReport(year);
  return (
    <>
      <p className="print:hidden">
        <Link href="/you-said-we-did">Back to You said, we did</Link>
      </p>
      <h1 className="mt-2 text-3xl">You said, we did: {year} report</h1>
      <p className="mt-3 max-w-2xl">
        What families told us about the Local Offer in {year}, what we did about it, and how many comments we received
        and published. Comments are published only with the writer&apos;s agreement and with anything that could
        identify someone taken out.
      </p>
      <p className="mt-3 print:hidden">
        <Link href={`/you-said-we-did/${year}/csv`}>Download the {year} comments as a spreadsheet (CSV)</Link>
      </p>
      <h2 className="mt-8 text-2xl">Comments by theme</h2>
      <Table headings={["Theme", "Received", "Published", "Not published"]}>
        {report.byTheme.map((row) => (
          <tr key={row.theme ?? "none"} className="border-b border-line">
            <th scope="row" className="py-2 pe-3 font-normal">
              {row.label}
            </th>
            <td className="pe-3">{row.received}</td>
            <td className="pe-3">{row.published}</td>
            <td>{row.excluded}</td>
          </tr>
        ))}
        <tr className="font-bold">
          <th scope="row" className="py-2 pe-3">
            Total
          </th>
          <td className="pe-3">{report.total.received}</td>
          <td className="pe-3">{report.total.published}</td>
          <td>{report.total.excluded}</td>
        </tr>
      </Table>
      <p className="mt-2 max-w-2xl text-base text-muted">
        Comments not published were about one person&apos;s own case, complaints we passed to the right team, abusive,
        or could not be made anonymous. Some are still being looked at, so the numbers may not add up.
      </p>
      <h2 className="mt-8 text-2xl">What changed</h2>
      {report.changes.length ? (
        <ul className="mt-2 list-disc space-y-2 ps-6">
          {report.changes.map((c) => (
            <li key={c.id}>
              <span className="font-bold">{c.theme}:</span> <span className="whitespace-pre-wrap">{c.action}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">Nothing published for {year} yet.</p>
      )}
      <h2 className="mt-8 text-2xl">The comments</h2>
      <YouSaidWeDidList periods={report.periods} headingLevel={3} />
    </>
  );
}
