// The advice pages a search found, shown above the services: a parent who searches "tribunal" needs
// the page on disagreeing with a decision before any list of services.
import { Link } from "@/components/ui/link";
import { asWrittenProps, type Language } from "@/lib/i18n/languages";
import { localHref, t } from "@/lib/i18n/translate";
import type { AdviceCardView } from "@/lib/search/advice-document";

/** `lang`: the page's language; advice pages themselves stay as written (English). */
export function AdviceResults({ pages, lang = "en" }: { pages: AdviceCardView[]; lang?: Language }) {
  if (!pages.length) return null;
  const asWritten = asWrittenProps(lang);
  return (
    <section aria-labelledby="advice-results-heading" className="mb-8 border-s-4 border-brand bg-panel p-4">
      <h2 id="advice-results-heading" className="text-2xl">
        {t(lang, "adviceResults.heading")}
      </h2>
      <ul>
        {pages.map((page) => (
          <li key={page.id} className="mt-3">
            <h3 className="text-xl" {...asWritten}>
              <Link href={localHref(`/advice/${page.slug}`, lang)}>{page.title}</Link>
            </h3>
            {page.audience === "young_people" && (
              <p className="text-base text-muted">{t(lang, "adviceResults.youngPeople")}</p>
            )}
            <p className="mt-1" {...asWritten}>
              {page.summary}
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-base">
        <Link href={localHref("/advice", lang)}>{t(lang, "adviceResults.all")}</Link>
      </p>
    </section>
  );
}
