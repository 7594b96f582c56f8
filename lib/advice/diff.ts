// An advice change against the live page, field by field, for the review page. Pure.
import type { DiffRow } from "@/lib/revisions/diff";
import { ADVICE_AUDIENCE_LABELS, type AdviceAudience } from "./labels";

const LABELS: [string, string][] = [
  ["title", "Title"],
  ["summary", "Summary"],
  ["audience", "Written for"],
  ["body", "Page (Markdown)"],
  ["easyRead", "Easy-read version (Markdown)"],
  ["schedule2", "Schedule 2 paragraphs it answers"],
  ["categories", "Categories of related services"],
  ["relatedServiceIds", "Related services chosen"],
];

function words(field: string, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (field === "audience") return ADVICE_AUDIENCE_LABELS[value as AdviceAudience] ?? String(value);
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

export function diffAdvice(live: Record<string, unknown> | null, next: Record<string, unknown>): DiffRow[] {
  return LABELS.map(([field, label]) => {
    const before = live ? words(field, live[field]) : "";
    const after = words(field, next[field]);
    return { field, label, before, after, changed: before !== after };
  });
}
