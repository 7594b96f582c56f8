import type { Metadata } from "next";
import Link from "next/link";
import { loadCoverage } from "@/lib/advice/loaders";

export const metadata: Metadata = { title: "Schedule 2 coverage" };

export default async function CoveragePage() {
  const rows = await loadCoverage();
  const gaps = rows.filter((r) => r.pages.length === 0 && r.answeringCategories.length === 0).length;
  const gapWords =
    gaps === 0 ? "Every paragraph is answered." : `${gaps} of ${rows.length} have nothing answering them.`;
  return (
    <>
      <h1 className="text-3xl">Schedule 2 coverage</h1>
      <p className="mt-2 max-w-3xl">
        Schedule 2 of the Special Educational Needs and Disability Regulations 2014 lists what a local offer must
        publish. Each paragraph below shows the published advice pages that answer it (an officer ticks the paragraphs
        on each page) and the listing categories whose published listings answer it. Duties about the council&apos;s own
        arrangements, like complaints or the tribunal, are answered only by advice pages.
      </p>
      <p className="mt-2 font-bold">{gapWords}</p>
      <table className="mt-4 w-full text-left text-base">
        <caption className="sr-only">Each Schedule 2 paragraph and what answers it</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-3">
              Paragraph
            </th>
            <th scope="col" className="pr-3">
              Advice pages
            </th>
            <th scope="col">Listing categories</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const gap = r.pages.length === 0 && r.answeringCategories.length === 0;
            return (
              <tr
                key={r.number}
                className={`border-b border-line align-top ${gap ? "border-l-8 border-l-danger bg-panel" : ""}`}
              >
                <th scope="row" className="py-2 pr-3 pl-2 font-normal">
                  <strong>{r.number}.</strong> {r.summary}
                  {gap && <strong className="mt-1 block text-danger">Nothing answers this yet</strong>}
                </th>
                <td className="pr-3">
                  {r.pages.length === 0
                    ? "None"
                    : r.pages.map((p) => (
                        <Link key={p.id} href={`/advice/${p.slug}`} className="block">
                          {p.title}
                        </Link>
                      ))}
                </td>
                <td>
                  {r.answeringCategories.length === 0
                    ? "None"
                    : r.answeringCategories.map((c) => (
                        <Link key={c.code} href={`/services?category=${c.code}`} className="block">
                          {c.name} ({c.listings === 1 ? "1 listing" : `${c.listings} listings`})
                        </Link>
                      ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-4">
        <Link href="/admin/advice">Advice pages</Link>
      </p>
    </>
  );
}
