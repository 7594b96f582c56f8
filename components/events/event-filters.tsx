// The /events filters: a GET form, so it works without JavaScript and the address can be shared.
import type { EventFilters as Filters } from "@/lib/events/filters";
import { AREA_CHOICES, NEED_CHOICES } from "@/lib/events/form-values";
import { AGE_GROUP_TERMS } from "@/lib/taxonomy/vocabulary";

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block font-bold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="input mt-1 w-auto">
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function EventFilters({ filters }: { filters: Filters }) {
  return (
    <form
      method="get"
      action="/events"
      className="mt-6 flex flex-wrap items-end gap-4 bg-panel p-4 print:hidden"
      aria-label="Filter events"
    >
      <Select name="need" label="Need" value={filters.need} options={NEED_CHOICES} />
      <Select
        name="age"
        label="Age"
        value={filters.age}
        options={AGE_GROUP_TERMS.map((g) => ({ value: g.code, label: g.name }))}
      />
      <Select name="area" label="Area" value={filters.area} options={AREA_CHOICES} />
      <label className="flex items-center gap-2 pb-2">
        <input type="checkbox" name="free" value="yes" defaultChecked={filters.free} className="h-5 w-5" />
        Free events only
      </label>
      <button type="submit" className="button">
        Show events
      </button>
    </form>
  );
}
