import { Link } from "@/components/ui/link";
import { PostcodeFilter } from "@/components/services/postcode-filter";
import { costLabel, dayName } from "@/lib/i18n/format-listing";
import { asWrittenProps, type Language } from "@/lib/i18n/languages";
import { featureGroupOf, featureLegend, featureName } from "@/lib/i18n/feature-labels";
import { localHref, pluralFormFor, pluralForms, t } from "@/lib/i18n/translate";
import type { FacetCounts } from "@/lib/search/query/engine";
import type { ServiceFilters } from "@/lib/services/filters";
import { COST_LABELS, DAY_NAMES } from "@/lib/services/format";
import type { TermOption } from "@/lib/taxonomy/data";
import type { Vocabulary } from "@/lib/taxonomy/loaders";
import { featureFilterGroups } from "@/lib/services/feature-filter-groups";

/**
 * The word a count's description ends with ("services"), once for each plural form the language has,
 * hidden: an option's description is its own "(12)" plus the right word (`countDescribedBy`), so the
 * fifty options carry no words of their own. A screen reader hears "Autism, check box, 12 services".
 */
function CountWords({ lang }: { lang: Language }) {
  return pluralForms(lang, "filters.countServices").map(([form, word]) => (
    <span key={form} id={`count-word-${form}`} hidden>
      {word}
    </span>
  ));
}

const countDescribedBy = (id: string, n: number, lang: Language) =>
  `${id} count-word-${pluralFormFor(lang, "filters.countServices", n)}`;

/**
 * "(12)": how many services an option would show, given everything else chosen. Inside the label, so
 * it sits after the name wherever the name wraps, but hidden from the label's name (the option is
 * "Autism", not "Autism (12)") and read as the input's description instead.
 */
function Count({ id, n }: { id: string; n: number | undefined }) {
  if (n === undefined) return null;
  return (
    <span id={id} aria-hidden="true" className="count">
      ({n})
    </span>
  );
}

const countText = (counts: Record<string, number> | undefined, code: string) =>
  counts ? ` (${counts[code] ?? 0})` : "";

/**
 * A group of filters behind its heading. The less used ones start closed, so the panel is short on a
 * phone (where it comes before the results) and the page has less to lay out; a group with something
 * chosen starts open, so nothing chosen is hidden.
 */
function Collapsible({ summary, open, children }: { summary: string; open: boolean; children: React.ReactNode }) {
  return (
    <details className="filter-group" open={open}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}

function CheckboxGroup({
  legend,
  name,
  options,
  checked,
  counts,
  lang,
  inSummary = false,
}: {
  legend: string;
  /** The group's summary already shows the legend: screen readers still hear it as the group's name. */
  inSummary?: boolean;
  name: string;
  options: TermOption[];
  checked: string[];
  counts?: Record<string, number>;
  lang: Language;
}) {
  // Vocabulary names come from the database and stay in English for now; feature names are translated.
  const asWritten = featureGroupOf(name) ? {} : asWrittenProps(lang);
  return (
    <fieldset className="filter-options">
      <legend className={inSummary ? "sr-only" : undefined}>{legend}</legend>
      <ul>
        {options.map((o) => {
          const id = `${name}-${o.code}`;
          const n = counts ? (counts[o.code] ?? 0) : undefined;
          return (
            <li key={o.code}>
              <input
                id={id}
                type="checkbox"
                name={name}
                value={o.code}
                defaultChecked={checked.includes(o.code)}
                aria-describedby={n === undefined ? undefined : countDescribedBy(`${id}-count`, n, lang)}
              />
              <label htmlFor={id} {...asWritten}>
                {o.name} <Count id={`${id}-count`} n={n} />
              </label>
            </li>
          );
        })}
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
      {(
        [
          [t(lang, "filters.area"), "area", vocabulary.areas, filters.areas, facets?.areas],
          // How, venue access, languages and when, in the reader's language.
          ...featureFilterGroups(filters, facets).map(([, param, options, checked, counts]) => {
            const group = featureGroupOf(param)!;
            const named = options.map((o) => ({ ...o, name: featureName(lang, group, o.code, o.name) }));
            return [featureLegend(lang, group), param, named, checked, counts] as const;
          }),
        ] as const
      ).map(([legend, name, options, checked, counts]) => (
        <Collapsible key={name} summary={legend} open={checked.length > 0}>
          <CheckboxGroup
            legend={legend}
            inSummary
            name={name}
            options={options}
            checked={checked}
            counts={counts}
            lang={lang}
          />
        </Collapsible>
      ))}
      <Collapsible summary={t(lang, "filters.cost")} open={filters.cost !== undefined}>
        <fieldset className="filter-options">
          <legend className="sr-only">{t(lang, "filters.cost")}</legend>
          <ul>
            {[
              ["", t(lang, "filters.anyCost")],
              ...Object.keys(COST_LABELS).map((c) => [c, costLabel(lang, c as keyof typeof COST_LABELS)]),
            ].map(([value, label]) => {
              const id = `cost-${value || "any"}`;
              const n = value && facets ? (facets.costType[value] ?? 0) : undefined;
              return (
                <li key={value}>
                  <input
                    id={id}
                    type="radio"
                    name="cost"
                    value={value}
                    defaultChecked={(filters.cost ?? "") === value}
                    aria-describedby={n === undefined ? undefined : countDescribedBy(`${id}-count`, n, lang)}
                  />
                  <label htmlFor={id}>
                    {label} <Count id={`${id}-count`} n={n} />
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      </Collapsible>
      <Collapsible summary={t(lang, "filters.day")} open={filters.day !== undefined}>
        <label htmlFor="filter-day" className="sr-only">
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
      </Collapsible>
      <CountWords lang={lang} />
      <div className="mt-5 flex flex-wrap items-center gap-4">
        <button type="submit" className="button">
          {t(lang, "filters.apply")}
        </button>
        <Link href={localHref("/services", lang)}>{t(lang, "filters.clear")}</Link>
      </div>
    </form>
  );
}
