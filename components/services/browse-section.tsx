import { Link } from "@/components/ui/link";
import { asWrittenProps, type Language } from "@/lib/i18n/languages";
import { localHref } from "@/lib/i18n/translate";
import type { TermOption } from "@/lib/taxonomy/data";

/** A home-page entry point: a heading and one link per term into the filtered listing. */
export function BrowseSection({
  id,
  title,
  param,
  terms,
  lang = "en",
}: {
  id: string;
  title: string;
  param: string;
  terms: TermOption[];
  lang?: Language;
}) {
  // Vocabulary names and descriptions come from the database and stay in English for now.
  const asWritten = asWrittenProps(lang);
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {terms.map((t) => (
          <li key={t.code}>
            <Link
              href={localHref(`/services?${param}=${encodeURIComponent(t.code)}`, lang)}
              className="text-lg font-semibold"
              {...asWritten}
            >
              {t.name}
            </Link>
            <p className="text-base text-muted" {...asWritten}>
              {t.description}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
