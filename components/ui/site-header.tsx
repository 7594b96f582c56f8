import { LanguageSwitcher } from "@/components/ui/language-switcher";
import { Link } from "@/components/ui/link";
import type { Language } from "@/lib/i18n/languages";
import type { MessageKey } from "@/lib/i18n/messages-en";
import { localHref, t } from "@/lib/i18n/translate";

const NAV: [string, MessageKey][] = [
  ["/services", "nav.services"],
  ["/advice", "nav.advice"],
  ["/events", "nav.events"],
  ["/young-people", "nav.youngPeople"],
  ["/about", "nav.about"],
];

/**
 * `shortlistCount`: how many listings are on the visitor's list (its cookie), shown in the link to it.
 * `path`: this page's address without its language prefix, for the language switcher.
 */
export function SiteHeader({
  shortlistCount = 0,
  lang = "en",
  path = "/",
}: {
  shortlistCount?: number;
  lang?: Language;
  path?: string;
}) {
  const href = (to: string) => localHref(to, lang);
  return (
    <header className="bg-brand text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-10 focus:p-2"
      >
        {t(lang, "skip.main")}
      </a>
      <div className="mx-auto max-w-5xl px-4 pt-2">
        <LanguageSwitcher lang={lang} path={path} />
      </div>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={href("/")} className="text-xl font-bold text-white no-underline hover:text-white">
          <span lang="en">{t(lang, "site.name")}</span>
          <span className="block text-sm font-normal">{t(lang, "site.tagline")}</span>
        </Link>
        <nav aria-label={t(lang, "nav.label")} className="print:hidden">
          <ul className="flex flex-wrap gap-4 text-base">
            {NAV.map(([to, key]) => (
              <li key={to}>
                <Link className="text-white hover:text-white" href={href(to)}>
                  {t(lang, key)}
                </Link>
              </li>
            ))}
            <li>
              <Link className="text-white hover:text-white" href={href("/shortlist")}>
                {shortlistCount > 0 ? t(lang, "nav.listCount", { count: shortlistCount }) : t(lang, "nav.list")}
              </Link>
            </li>
            <li>
              {/* The staff area is in English only. */}
              <Link className="text-white hover:text-white" href="/admin">
                {t(lang, "nav.staff")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
