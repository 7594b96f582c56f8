import { Link } from "@/components/ui/link";
import type { FacetCounts } from "@/lib/search/query/engine";
import type { ServiceFilters } from "@/lib/services/filters";
import { COST_LABELS, DAY_NAMES } from "@/lib/services/format";
import type { TermOption } from "@/lib/taxonomy/data";
import type { Vocabulary } from "@/lib/taxonomy/loaders";

/**
 * "(12)": how many services an option would show, given everything else chosen. Kept outside the
 * label and linked with aria-describedby, so the option's name stays "Autism", not "Autism (12)".
 */
function Count({ id, n }: { id: string; n: number | undefined }) {
  if (n === undefined) return null;
  return (
    <span id={id} className="text-base text-muted">
      ({n}
      <span className="sr-only"> {n === 1 ? "service" : "services"}</span>)
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
}: {
  legend: string;
  name: string;
  options: TermOption[];
  checked: string[];
  counts?: Record<string, number>;
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
              <label htmlFor={`${name}-${o.code}`} className="text-base">
                {o.name}
              </label>{" "}
              <Count id={`${name}-${o.code}-count`} n={counts ? (counts[o.code] ?? 0) : undefined} />
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
}: {
  filters: ServiceFilters;
  vocabulary: Vocabulary;
  facets?: FacetCounts;
}) {
  return (
    <form action="/services" method="get" aria-labelledby="filters-heading" className="bg-panel p-4 print:hidden">
      <h2 id="filters-heading" className="text-xl">
        Filter services
      </h2>
      <div className="mt-3">
        <label htmlFor="filter-q" className="font-bold">
          Search words
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q} className="input mt-1" maxLength={200} />
      </div>
      <div className="mt-4">
        <label htmlFor="filter-age" className="font-bold">
          Age
        </label>
        <select id="filter-age" name="age" defaultValue={filters.ageRange?.param ?? ""} className="input mt-1">
          <option value="">Any age</option>
          {vocabulary.ageGroups.map((g) => (
            <option key={g.code} value={g.code}>
              {g.name}
              {countText(facets?.ageGroups, g.code)}
            </option>
          ))}
          {Array.from({ length: 26 }, (_, age) => (
            <option key={age} value={String(age)}>
              {age === 0 ? "Under 1" : `${age} years old`}
            </option>
          ))}
        </select>
      </div>
      {(
        [
          ["Need", "need", vocabulary.needs, filters.needs, facets?.needs],
          ["Type of support", "category", vocabulary.categories, filters.categories, facets?.categories],
          ["Area", "area", vocabulary.areas, filters.areas, facets?.areas],
        ] as const
      ).map(([legend, name, options, checked, counts]) => (
        <CheckboxGroup key={name} legend={legend} name={name} options={options} checked={checked} counts={counts} />
      ))}
      <fieldset className="mt-4">
        <legend className="font-bold">Cost</legend>
        <ul className="mt-1 space-y-1">
          {[["", "Any cost"], ...Object.entries(COST_LABELS)].map(([value, label]) => (
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
                <Count id={`cost-${value}-count`} n={value && facets ? (facets.costType[value] ?? 0) : undefined} />
              </span>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-4">
        <label htmlFor="filter-day" className="font-bold">
          Open on
        </label>
        <select id="filter-day" name="day" defaultValue={filters.day ?? ""} className="input mt-1">
          <option value="">Any day</option>
          {Object.entries(DAY_NAMES).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
              {countText(facets?.days, code)}
            </option>
          ))}
        </select>
      </div>
      <div className="mt-5 flex flex-wrap items-center gap-4">
        <button type="submit" className="button">
          Apply filters
        </button>
        <Link href="/services">Clear filters</Link>
      </div>
    </form>
  );
}
