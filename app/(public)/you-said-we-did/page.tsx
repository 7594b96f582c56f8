import type { Metadata } from "next";
import { YouSaidWeDidList } from "@/components/feedback/you-said-we-did-list";
import { Link } from "@/components/ui/link";
import { loadYouSaidWeDid, parseYouSaidFilters } from "@/lib/feedback/publish/loaders";
import { FEEDBACK_THEMES } from "@/lib/feedback/labels";
import { pageMetadata } from "@/lib/platform/page-metadata";

export const metadata: Metadata = pageMetadata("/you-said-we-did", {
  title: "You said, we did",
  description: "What families told us about the Local Offer, our response, and what we changed.",
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function YouSaidWeDidPage({ searchParams }: Props) {
  const { year, theme } = parseYouSaidFilters(await searchParams);
  const { periods, years, count } = await loadYouSaidWeDid(year, theme);
  return (
    <>
      <h1 className="text-3xl">You said, we did</h1>
      <p className="mt-3 max-w-2xl">
        Families and young people tell us what they think of the Local Offer. Here are their comments, our response and
        what we changed. We take out anything that could identify someone before we publish a comment, and we only
        publish comments people agreed to share.
      </p>
      <p className="mt-3 max-w-2xl print:hidden">
        <Link href="/feedback">Give feedback</Link> or{" "}
        <Link href="/feedback/missing">tell us about support that is missing</Link>.
      </p>
      {years.length > 0 && (
        <p className="mt-3 max-w-2xl print:hidden">
          Each year&apos;s report:{" "}
          {years.map((y, i) => (
            <span key={y}>
              {i > 0 && ", "}
              <Link href={`/you-said-we-did/${y}`}>{y}</Link>
            </span>
          ))}
          .
        </p>
      )}
      <form method="get" action="/you-said-we-did" className="mt-6 flex flex-wrap items-end gap-4 print:hidden">
        <div>
          <label htmlFor="filter-year" className="block font-bold">
            Year
          </label>
          <select id="filter-year" name="year" defaultValue={year ? String(year) : ""} className="input mt-1 w-auto">
            <option value="">All years</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-theme" className="block font-bold">
            What it is about
          </label>
          <select id="filter-theme" name="theme" defaultValue={theme ?? ""} className="input mt-1 w-auto">
            <option value="">Everything</option>
            {Object.entries(FEEDBACK_THEMES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          Show comments
        </button>
      </form>
      <p className="mt-6" role="status">
        {count === 0
          ? "There are no published comments for this choice yet."
          : count === 1
            ? "1 comment."
            : `${count} comments.`}
      </p>
      <YouSaidWeDidList periods={periods} />
    </>
  );
}
