import { LANGUAGES, type Language } from "@/lib/i18n/languages";
import { localHref, t } from "@/lib/i18n/translate";

/**
 * Links to this same page in each language, each named in its own language (and marked with its
 * `lang`, so a screen reader says "Polski" in Polish). Plain links, not the client router: the whole
 * page, <html lang dir> included, must be rendered again in the new language.
 */
export function LanguageSwitcher({ lang, path }: { lang: Language; path: string }) {
  return (
    <nav aria-label={t(lang, "switcher.label")} className="print:hidden">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-base">
        {LANGUAGES.map((l) => (
          <li key={l.code}>
            <a
              href={localHref(path, l.code)}
              lang={l.htmlLang}
              hrefLang={l.htmlLang}
              dir={l.dir}
              aria-current={l.code === lang ? "true" : undefined}
              className={`text-white hover:text-white ${l.code === lang ? "font-bold no-underline" : ""}`}
            >
              {l.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
