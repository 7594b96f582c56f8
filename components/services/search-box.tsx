import type { Language } from "@/lib/i18n/languages";
import { localHref, t } from "@/lib/i18n/translate";

/** A plain GET form to /services in the page's language, so it works with JavaScript off and the URL can be shared. */
export function SearchBox({
  defaultValue = "",
  label,
  lang = "en",
}: {
  defaultValue?: string;
  label?: string;
  lang?: Language;
}) {
  return (
    <form action={localHref("/services", lang)} method="get" role="search" className="flex flex-col gap-2 print:hidden">
      <label htmlFor="search-q" className="text-lg font-bold">
        {label ?? t(lang, "search.label")}
      </label>
      <span id="search-hint" className="text-muted">
        {t(lang, "search.hint")}
      </span>
      <div className="flex gap-2">
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={defaultValue}
          aria-describedby="search-hint"
          className="input max-w-xl"
          maxLength={200}
        />
        <button type="submit" className="button">
          {t(lang, "search.button")}
        </button>
      </div>
    </form>
  );
}
