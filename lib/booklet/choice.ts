// What a booklet covers: the whole Local Offer, or narrowed by one need, age group, category and/or
// area (issue 15). Pure, so the page, the PDF route and the tests read a choice the same way. An
// unknown value is an error for that field (the form shows it), never a silently bigger booklet.
import { AREA_CODES } from "@/lib/services/schema";
import { AGE_GROUP_TERMS } from "@/lib/taxonomy/vocabulary";

export const CHOICE_FIELDS = ["need", "age", "category", "area"] as const;
export type ChoiceField = (typeof CHOICE_FIELDS)[number];
export type BookletChoice = Partial<Record<ChoiceField, string>>;

export type ParsedChoice =
  /** No choice asked for yet, or "Change what is in the booklet" (`change=1`): the form, with any choice kept. */
  | { kind: "form"; values?: BookletChoice }
  | { kind: "booklet"; choice: BookletChoice }
  | { kind: "invalid"; values: BookletChoice; errors: Partial<Record<ChoiceField, string>> };

type Params = Record<string, string | string[] | undefined>;
type Known = { needs: ReadonlySet<string>; categories: ReadonlySet<string> };

const ERRORS: Record<ChoiceField, string> = {
  need: "Choose a need from the list, or leave it as any need",
  age: "Choose an age group from the list, or leave it as any age",
  category: "Choose a type of support from the list, or leave it as any type",
  area: "Choose an area from the list, or leave it as anywhere in Seabourne",
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 100);

export function parseBookletChoice(params: Params, known: Known): ParsedChoice {
  const asked = ["whole", "change", ...CHOICE_FIELDS].some((f) => params[f] !== undefined);
  if (!asked) return { kind: "form" };
  const allowed: Record<ChoiceField, ReadonlySet<string>> = {
    need: known.needs,
    category: known.categories,
    age: new Set(AGE_GROUP_TERMS.map((g) => g.code)),
    area: new Set(AREA_CODES),
  };
  const values: BookletChoice = {};
  const errors: Partial<Record<ChoiceField, string>> = {};
  for (const field of CHOICE_FIELDS) {
    const value = first(params[field]);
    if (!value) continue;
    values[field] = value;
    if (!allowed[field].has(value)) errors[field] = ERRORS[field];
  }
  if (Object.keys(errors).length) return { kind: "invalid", values, errors };
  return params.change !== undefined ? { kind: "form", values } : { kind: "booklet", choice: values };
}

/** The query string of a booklet: `whole=1` when nothing narrows it, so the address always shows one. */
export function bookletQuery(choice: BookletChoice): string {
  const out = new URLSearchParams();
  for (const field of CHOICE_FIELDS) if (choice[field]) out.set(field, choice[field]);
  if (![...out.keys()].length) out.set("whole", "1");
  return out.toString();
}

/** A file name like `local-offer-autism-primary.pdf`; only the codes checked above reach it. */
export function bookletFileName(choice: BookletChoice): string {
  const parts = CHOICE_FIELDS.map((f) => choice[f]).filter(Boolean);
  return `local-offer-${parts.length ? parts.join("-") : "whole"}.pdf`.replace(/[^a-z0-9_.-]/gi, "-");
}
