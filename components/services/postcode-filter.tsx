import type { Language } from "@/lib/i18n/languages";
import { t } from "@/lib/i18n/translate";
import { MAX_POSTCODE_LENGTH, WITHIN_MILES } from "@/lib/geo/postcode-field";
import type { SortOrder } from "@/lib/search/query/engine";
import type { ServiceFilters } from "@/lib/services/filters";

/**
 * The postcode, "within" and sort controls of the filters form (plain GET fields, so they work without
 * JavaScript). Sort shows what the person chose, not the order the page happens to be in: "Best match" (no
 * `sort`) means nearest first with a postcode and no words, best match with words, A to Z otherwise
 * (effectiveSort). Showing the page's own order would send it back with the next search, so a parent who
 * then types a postcode would stay in A to Z instead of getting nearest first.
 */
export function PostcodeFilter({ filters, lang }: { filters: ServiceFilters; lang: Language }) {
  const chosen: SortOrder | "" = filters.sort === "relevance" ? "" : (filters.sort ?? "");
  return (
    <>
      <div className="mt-4">
        <label htmlFor="filter-postcode" className="font-bold">
          {t(lang, "filters.postcode")}
        </label>
        <p id="filter-postcode-hint" className="text-base text-muted">
          {t(lang, "filters.postcodeHint")}
        </p>
        <input
          id="filter-postcode"
          name="postcode"
          type="text"
          autoComplete="postal-code"
          spellCheck={false}
          defaultValue={filters.postcode ?? ""}
          maxLength={MAX_POSTCODE_LENGTH}
          aria-describedby="filter-postcode-hint"
          className="input mt-1 max-w-[10rem] uppercase"
        />
      </div>
      <div className="mt-4">
        <label htmlFor="filter-within" className="font-bold">
          {t(lang, "filters.within")}
        </label>
        <select id="filter-within" name="within" defaultValue={filters.within ?? ""} className="input mt-1">
          <option value="">{t(lang, "filters.anyDistance")}</option>
          {WITHIN_MILES.map((miles) => (
            <option key={miles} value={miles}>
              {t(lang, "filters.withinMiles", { count: miles })}
            </option>
          ))}
        </select>
      </div>
      <div className="mt-4">
        <label htmlFor="filter-sort" className="font-bold">
          {t(lang, "filters.sort")}
        </label>
        <select id="filter-sort" name="sort" defaultValue={chosen} className="input mt-1">
          <option value="">{t(lang, "filters.sortRelevance")}</option>
          <option value="distance">{t(lang, "filters.sortDistance")}</option>
          <option value="name">{t(lang, "filters.sortName")}</option>
        </select>
      </div>
    </>
  );
}
