// What a stranger's form post becomes before it is kept: text only, tags stripped. Pure.

export type FormRecord = Record<string, unknown>;

// A tag typed into a form ("<b>", "<script …>") is dropped and its words kept: listings are shown as
// plain text, and nobody's page should carry markup somebody else wrote. A lone "<" ("< 5 years") stays.
const TAG = /<\/?[a-z!?][^<>]*>/gi;

export function stripTags(value: string): string {
  return value.replace(TAG, "");
}

/** Every string in the posted values with its tags stripped; lists and groups kept, anything else dropped. */
export function cleanFormValues(values: FormRecord): FormRecord {
  const clean = (v: unknown): unknown => {
    if (typeof v === "string") return stripTags(v);
    if (Array.isArray(v)) return v.map(clean);
    if (v && typeof v === "object") return cleanFormValues(v as FormRecord);
    return undefined;
  };
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, clean(v)]));
}

/** The posted values of the named fields only: the rest of a post is not kept or sent back. */
export function onlyFields(values: FormRecord, fields: readonly string[]): FormRecord {
  return Object.fromEntries(fields.filter((f) => Object.hasOwn(values, f)).map((f) => [f, values[f]]));
}
