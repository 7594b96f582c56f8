// What the listing's field groups share: reading posted values back, and rows (contacts, venues, times,
// costs, languages) with "Add another" and "Remove" buttons that work without JavaScript (they post an
// intent, lib/revisions/listing-form.ts applyListIntent). Plain components: no hooks.
import type { ReactNode } from "react";

export type Row = Record<string, unknown>;
export type Option = { value: string; label: string };
/** A field group's props: the values to show and the errors by field name. */
export type GroupProps = { f: Row; e: Record<string, string> };

export const v = (x: unknown) => (typeof x === "string" || typeof x === "number" ? String(x) : "");
export const rows = (x: unknown): Row[] => (Array.isArray(x) ? (x.filter(Boolean) as Row[]) : []);
export const strs = (x: unknown): string[] =>
  Array.isArray(x) ? x.map(String) : typeof x === "string" && x ? [x] : [];
export const opts = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export function RowBox({
  legend,
  children,
  removeIntent,
}: {
  legend: string;
  children: ReactNode;
  removeIntent: string;
}) {
  return (
    <fieldset className="mt-4 border-2 border-line p-4">
      <legend className="px-1 font-bold">{legend}</legend>
      {children}
      <button type="submit" name="intent" value={removeIntent} className="button button-secondary mt-4" formNoValidate>
        Remove {legend.toLowerCase()}
      </button>
    </fieldset>
  );
}

export function AddButton({ field, label }: { field: string; label: string }) {
  return (
    <button type="submit" name="intent" value={`add:${field}`} className="button button-secondary mt-4" formNoValidate>
      {label}
    </button>
  );
}
