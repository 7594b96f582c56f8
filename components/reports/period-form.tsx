// The reports' filter: a GET form, so a chosen period is in the address and can be shared or bookmarked.
import type { ReactNode } from "react";

export function PeriodForm({
  periods,
  chosen,
  children,
}: {
  periods: { key: string; label: string }[];
  chosen: string;
  children?: ReactNode;
}) {
  return (
    <form method="get" className="mt-4 flex flex-wrap items-end gap-4 bg-panel p-4">
      <div>
        <label htmlFor="period" className="block font-bold">
          Period
        </label>
        <select id="period" name="period" defaultValue={chosen} className="input mt-1 w-auto">
          {periods.map((p) => (
            <option key={p.key} value={p.key}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      {children}
      <button type="submit" className="button">
        Show figures
      </button>
    </form>
  );
}
