import { Link } from "@/components/ui/link";
import { PostcodeFilter } from "@/components/services/postcode-filter";
import { costLabel, dayName } from "@/lib/i18n/format-listing";
import { asWrittenProps, type Language } from "@/lib/i18n/languages";
import { featureGroupOf, featureLegend, featureName } from "@/lib/i18n/feature-labels";
import { localHref, t } from "@/lib/i18n/translate";
import type { FacetCounts } from "@/lib/search/query/engine";
import type { ServiceFilters } from "@/lib/services/filters";
import { COST_LABELS, DAY_NAMES } from "@/lib/services/format";
import type { TermOption } from "@/lib/taxonomy/data";
import type { Vocabulary } from "@/lib/taxonomy/loaders";
import { featureFilterGroups } from "@/lib/services/feature-filter-groups";

/**
 * "(12)": how many services an option would show, given everything else chosen. Kept outside the
 * label and linked with aria-describedby, so the option's name stays "Autism", not "Autism (12)".
 */
function Count({ id, n, lang }: { id: string; n: number | undefined; lang: Language }) {
  if (n === undefined) return null;
  return (
    <span id={id} className="text-base text-muted">
      ({n}
      <span className="sr-only"> {t(lang, "filters.countServices", { count: n })}</span>)
    </span>
  );
}

const countText = (counts: Record<string, number> | undefined, code: string) =>
  counts ? ` (${counts[code] ?? 0})` : "";

function CheckboxGroup({
  legend,
  name,
  options,
  checked,
  counts,
  lang,
}: {
  legend: string;
  name: string;
  options: TermOption[];
  checked: string[];
  counts?: Record<string, number>;
  lang: Language;
}) {
  return (
    <fieldset className="mt-4">
      <legend className="font-bold">{legend}</legend>
      <ul className="mt-1 space-y-1">
        {options.map((o) => (
          <li key={o.code} className="flex items-start gap-2">
            <input
              id={`${name}-${o.code}`}
              type="checkbox"
              name={name}
              value={o.code}
              defaultChecked={checked.includes(o.code)}
              className="mt-1.5 size-5 shrink-0"
              aria-describedby={counts ? `${name}-${o.code}-count` : undefined}
            />
            <span>
              {/* Vocabulary names come from the database and stay in English for now; feature names are translated. */}
              <label
                htmlFor={`${name}-${o.code}`}
                className="text-base"
                {...(featureGroupOf(name) ? {} : asWrittenProps(lang))}
              >
                {o.name}
              </label>{" "}
              <Count id={`${name}-${o.code}-count`} n={counts ? (counts[o.code] ?? 0) : undefined} lang={lang} />
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The filter panel: a GET form, so filtering works without JavaScript and every result page has its own URL. */
export function ServiceFiltersForm({
  filters,
  vocabulary,
  facets,
  lang = "en",
}: {
  filters: ServiceFilters;
  vocabulary: Vocabulary;
  facets?: FacetCounts;
  lang?: Language;
}) {
  return (
    <form
      action={localHref("/services", lang)}
      method="get"
      aria-labelledby="filters-heading"
      className="bg-panel p-4 print:hidden"
    >
      <h2 id="filters-heading" className="text-xl">
        {t(lang, "filters.heading")}
      </h2>
      <div className="mt-3">
        <label htmlFor="filter-q" className="font-bold">
          {t(lang, "filters.words")}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q} className="input mt-1" maxLength={200} />
      </div>
      <PostcodeFilter filters={filters} lang={lang} />
      <div className="mt-4">
        <label htmlFor="filter-age" className="font-bold">
          {t(lang, "filters.age")}
        </label>
        <select id="filter-age" name="age" defaultValue={filters.ageRange?.param ?? ""} className="input mt-1">
          <option value="">{t(lang, "filters.anyAge")}</option>
          {vocabulary.ageGroups.map((g) => (
            <option key={g.code} value={g.code}>
              {g.name}
              {countText(facets?.ageGroups, g.code)}
            </option>
          ))}
          {Array.from({ length: 26 }, (_, age) => (
            <option key={age} value={String(age)}>
              {age === 0 ? t(lang, "filters.underOne") : t(lang, "filters.yearsOld", { count: age })}
            </option>
          ))}
        </select>
      </div>
      {(
        [
          [t(lang, "filters.need"), "need", vocabulary.needs, filters.needs, facets?.needs],
          [t(lang, "filters.category"), "category", vocabulary.categories, filters.categories, facets?.categories],
          [t(lang, "filters.area"), "area", vocabulary.areas, filters.areas, facets?.areas],
          // How, venue access, languages and when, in the reader's language.
          ...featureFilterGroups(filters, facets).map(([, param, options, checked, counts]) => {
            const group = featureGroupOf(param)!;
            const named = options.map((o) => ({ ...o, name: featureName(lang, group, o.code, o.name) }));
            return [featureLegend(lang, group), param, named, checked, counts] as const;
          }),
        ] as const
      ).map(([legend, name, options, checked, counts]) => (
        <CheckboxGroup
          key={name}
          legend={legend}
          name={name}
          options={options}
          checked={checked}
          counts={counts}
          lang={lang}
        />
      ))}
      <fieldset className="mt-4">
        <legend className="font-bold">{t(lang, "filters.cost")}</legend>
        <ul className="mt-1 space-y-1">
          {[
            ["", t(lang, "filters.anyCost")],
            ...Object.keys(COST_LABELS).map((c) => [c, costLabel(lang, c as keyof typeof COST_LABELS)]),
          ].map(([value, label]) => (
            <li key={value} className="flex items-center gap-2">
              <input
                id={`cost-${value || "any"}`}
                type="radio"
                name="cost"
                value={value}
                defaultChecked={(filters.cost ?? "") === value}
                className="size-5"
                aria-describedby={value && facets ? `cost-${value}-count` : undefined}
              />
              <span>
                <label htmlFor={`cost-${value || "any"}`} className="text-base">
                  {label}
                </label>{" "}
                <Count
                  id={`cost-${value}-count`}
                  n={value && facets ? (facets.costType[value] ?? 0) : undefined}
                  lang={lang}
                />
              </span>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-4">
        <label htmlFor="filter-day" className="font-bold">
          {t(lang, "filters.day")}
        </label>
        <select id="filter-day" name="day" defaultValue={filters.day ?? ""} className="input mt-1">
          <option value="">{t(lang, "filters.anyDay")}</option>
          {Object.keys(DAY_NAMES).map((code) => (
            <option key={code} value={code}>
              {dayName(lang, code as keyof typeof DAY_NAMES)}
              {countText(facets?.days, code)}
            </option>
          ))}
        </select>
      </div>
      <div className="mt-5 flex flex-wrap items-center gap-4">
        <button type="submit" className="button">
          {t(lang, "filters.apply")}
        </button>
        <Link href={localHref("/services", lang)}>{t(lang, "filters.clear")}</Link>
      </div>
    </form>
  );
}
