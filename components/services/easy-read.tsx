// A listing's "Easy read" view: the toggle between it and the standard page, and the easy-read summary
// as a short list with room between the lines. Plain links, so it works without JavaScript: the page
// reads ?view=easy-read on the server (and the page cache keeps the two views apart).
import { Link } from "@/components/ui/link";
import { asWrittenProps, type Language } from "@/lib/i18n/languages";
import { splitAround } from "@/lib/i18n/split-around";
import { localHref, t } from "@/lib/i18n/translate";

export type ReadingView = "standard" | "easy-read";

const tab = (current: boolean) =>
  `inline-block border-2 border-brand px-4 py-2 font-semibold ${
    current ? "bg-brand text-white no-underline hover:text-white" : "bg-white"
  }`;

/** "Standard" / "Easy read": the view shown is marked as the current page, for screen readers too. */
export function ReadingViewToggle({
  slug,
  current,
  lang = "en",
}: {
  slug: string;
  current: ReadingView;
  lang?: Language;
}) {
  return (
    <nav aria-label={t(lang, "easyRead.nav")} className="mt-4 print:hidden">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link
            href={localHref(`/services/${slug}`, lang)}
            aria-current={current === "standard" ? "page" : undefined}
            className={tab(current === "standard")}
          >
            {t(lang, "easyRead.standard")}
          </Link>
        </li>
        <li>
          <Link
            href={localHref(`/services/${slug}?view=easy-read`, lang)}
            aria-current={current === "easy-read" ? "page" : undefined}
            className={tab(current === "easy-read")}
          >
            {t(lang, "easyRead.easyRead")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}

/** The summary, one idea a line, in larger type with wide line spacing. */
export function EasyReadSummary({ lines, slug, lang = "en" }: { lines: string[]; slug: string; lang?: Language }) {
  const [before, after] = splitAround(t(lang, "easyRead.more"), "{link}");
  return (
    <section aria-labelledby="easy-read" className="mt-6 max-w-2xl">
      <h2 id="easy-read" className="text-2xl">
        {t(lang, "easyRead.easyRead")}
      </h2>
      {/* The summary is the listing's own words, as written. */}
      <ul
        className="mt-3 list-disc space-y-5 ps-8 text-xl leading-[1.8]"
        data-testid="easy-read-summary"
        {...asWrittenProps(lang)}
      >
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <p className="mt-6">
        {before}
        <Link href={localHref(`/services/${slug}`, lang)}>{t(lang, "easyRead.standardPage")}</Link>
        {after}
      </p>
    </section>
  );
}
