// "Check your answers": each task's saved answers as label and value rows, in words (names, not codes).
// Pure: unit-tested in summary.test.ts.
import { PROFILE_FIELDS } from "@/lib/organisations/schema";
import { ORGANISATION_KIND_LABELS } from "@/lib/organisations/labels";
import { diffListings } from "@/lib/revisions/diff";
import { ACCESS_LABELS, COST_LABELS } from "@/lib/services/format";
import type { ListingInput } from "@/lib/services/schema";
import type { FormRecord } from "./form-values";
import { LISTING_TASK_FIELDS, isListingTask, listingTaskInput, type TaskSlug } from "./tasks";

export type SummaryRow = { label: string; value: string };
/** Names of the vocabulary's codes (categories, needs, areas), so people read words, not codes. */
export type TermNames = Record<string, string>;

const WORDS: Record<string, Record<string, string>> = { accessMethod: ACCESS_LABELS, costType: COST_LABELS };
const CODES = new Set(["categories", "needs", "areas"]);

function organisationRows(values: FormRecord): SummaryRow[] {
  if (values.choice === "existing") return [{ label: "Organisation", value: String(values.organisationName ?? "") }];
  return PROFILE_FIELDS.flatMap(([field, label]) => {
    const raw = typeof values[field] === "string" ? (values[field] as string).trim() : "";
    const value =
      field === "kind" ? (ORGANISATION_KIND_LABELS[raw as keyof typeof ORGANISATION_KIND_LABELS] ?? raw) : raw;
    return value ? [{ label, value }] : [];
  });
}

/** The rows of one task as saved; empty answers are left out. */
export function summariseTask(task: TaskSlug, values: FormRecord | undefined, names: TermNames): SummaryRow[] {
  if (!values) return [];
  if (!isListingTask(task)) return organisationRows(values);
  const fields = LISTING_TASK_FIELDS[task] as readonly string[];
  const input = listingTaskInput(task, values) as Partial<ListingInput>;
  return diffListings(null, input as ListingInput)
    .filter((row) => fields.includes(row.field.split(".")[0]) && row.after)
    .map((row) => {
      const words = WORDS[row.field];
      if (words) return { label: row.label, value: words[row.after] ?? row.after };
      if (CODES.has(row.field))
        return {
          label: row.label,
          value: row.after
            .split("\n")
            .map((code) => names[code] ?? code)
            .join("\n"),
        };
      return { label: row.label, value: row.after };
    });
}
