// A listing's "Easy read" view: the toggle between it and the standard page, and the easy-read summary
// as a short list with room between the lines. Plain links, so it works without JavaScript: the page
// reads ?view=easy-read on the server (and the page cache keeps the two views apart).
import { Link } from "@/components/ui/link";

export type ReadingView = "standard" | "easy-read";

const tab = (current: boolean) =>
  `inline-block border-2 border-brand px-4 py-2 font-semibold ${
    current ? "bg-brand text-white no-underline hover:text-white" : "bg-white"
  }`;

/** "Standard" / "Easy read": the view shown is marked as the current page, for screen readers too. */
export function ReadingViewToggle({ slug, current }: { slug: string; current: ReadingView }) {
  return (
    <nav aria-label="How to read this page" className="mt-4 print:hidden">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link
            href={`/services/${slug}`}
            aria-current={current === "standard" ? "page" : undefined}
            className={tab(current === "standard")}
          >
            Standard
          </Link>
        </li>
        <li>
          <Link
            href={`/services/${slug}?view=easy-read`}
            aria-current={current === "easy-read" ? "page" : undefined}
            className={tab(current === "easy-read")}
          >
            Easy read
          </Link>
        </li>
      </ul>
    </nav>
  );
}

/** The summary, one idea a line, in larger type with wide line spacing. */
export function EasyReadSummary({ lines, slug }: { lines: string[]; slug: string }) {
  return (
    <section aria-labelledby="easy-read" className="mt-6 max-w-2xl">
      <h2 id="easy-read" className="text-2xl">
        Easy read
      </h2>
      <ul className="mt-3 list-disc space-y-5 pl-8 text-xl leading-[1.8]" data-testid="easy-read-summary">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <p className="mt-6">
        There is more about this service on the <Link href={`/services/${slug}`}>standard page</Link>.
      </p>
    </section>
  );
}
