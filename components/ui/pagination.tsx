import { Link } from "@/components/ui/link";
import type { Language } from "@/lib/i18n/languages";
import { t } from "@/lib/i18n/translate";

/** Previous/next links plus page numbers; every link is a real URL so it works without JavaScript. */
export function Pagination({
  page,
  pages,
  href,
  lang = "en",
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  lang?: Language;
}) {
  if (pages <= 1) return null;
  const numbers = [...new Set([1, page - 1, page, page + 1, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  const pageWord = <span className="sr-only">{t(lang, "pages.pageBefore")} </span>;
  return (
    <nav aria-label={t(lang, "pages.label")} className="mt-6 print:hidden">
      <ul className="flex flex-wrap items-center gap-3">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" aria-label={t(lang, "pages.previousName")}>
              {t(lang, "pages.previous")}
            </Link>
          </li>
        )}
        {numbers.map((n, i) => (
          <li key={n} className="flex gap-3">
            {i > 0 && numbers[i - 1] !== n - 1 && <span aria-hidden="true">…</span>}
            {n === page ? (
              <span aria-current="page" className="font-bold">
                {pageWord}
                {n}
              </span>
            ) : (
              // At least 24px square: WCAG 2.2 target size (a lone "2" is narrower than that).
              <Link href={href(n)} className="inline-block min-h-6 min-w-6 text-center">
                {pageWord}
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <Link href={href(page + 1)} rel="next" aria-label={t(lang, "pages.nextName")}>
              {t(lang, "pages.next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
