// A revision against the live version, field by field, in words an officer reads at a glance.
// Pure: unit-tested.
import type { ListingInput } from "@/lib/services/schema";
import { SEND_QUESTIONS } from "@/lib/services/send-questions";
import { DAY_NAMES } from "@/lib/services/format";
import { DELIVERY_LABELS } from "@/lib/services/service-features";

export type DiffRow = { field: string; label: string; before: string; after: string; changed: boolean };

const LABELS: [keyof ListingInput, string][] = [
  ["name", "Service name"],
  ["slug", "Web address"],
  ["summary", "Summary"],
  ["description", "Description"],
  ["whoFor", "Who it is for"],
  ["easyRead", "Easy-read summary"],
  ["status", "Status"],
  ["closureMessage", "Closure message"],
  ["reopeningDate", "Reopening date"],
  ["accessMethod", "How to get it"],
  ["deliveryMethods", "How it is delivered"],
  ["referralRoute", "Referral route"],
  ["referralUrl", "Referral web address"],
  ["eligibility", "Eligibility"],
  ["waitingTime", "Waiting time"],
  ["url", "Website"],
  ["email", "Email"],
  ["minimumAge", "Youngest age"],
  ["maximumAge", "Oldest age"],
  ["costType", "Cost"],
  ["costOptions", "Costs"],
  ["categories", "Categories"],
  ["needs", "Needs"],
  ["areas", "Areas"],
  ["contacts", "Contacts"],
  ["locations", "Locations"],
  ["schedules", "Opening times"],
  ["languages", "Languages"],
  ["tags", "Tags"],
  ["lastCheckedAt", "Last checked"],
];

type AnyRecord = Record<string, unknown>;

// Lists of codes are sets: the order boxes were ticked in is not a change.
const SETS = new Set(["categories", "needs", "areas", "tags", "deliveryMethods"]);

function show(field: string, v: unknown): string {
  if (v === undefined || v === null || v === "") return "";
  if (!Array.isArray(v)) return String(v);
  return (SETS.has(field) ? [...v].sort() : v)
    .map((item) => {
      if (typeof item !== "object" || item === null)
        return field === "deliveryMethods"
          ? (DELIVERY_LABELS[item as keyof typeof DELIVERY_LABELS] ?? String(item))
          : String(item);
      const row = item as AnyRecord;
      if (field === "contacts") {
        const phones = ((row.phones as AnyRecord[] | undefined) ?? []).map((p) => p.number).join(", ");
        return [row.title, row.name, row.email, phones].filter(Boolean).join(" · ");
      }
      if (field === "locations")
        return (
          [row.name, row.address1, row.address2, row.city, row.postcode].filter(Boolean).join(", ") +
          ((row.accessibility as string[] | undefined)?.length
            ? ` (${(row.accessibility as string[]).join("; ")})`
            : "")
        );
      if (field === "schedules") {
        const days = ((row.byday as string[]) ?? []).map((d) => DAY_NAMES[d as keyof typeof DAY_NAMES] ?? d).join(", ");
        const termTime = row.termTimeOnly ? ", term time only" : "";
        return `${days} ${row.opensAt}–${row.closesAt}${termTime}${row.description ? ` (${row.description})` : ""}`;
      }
      if (field === "costOptions")
        return [row.option, row.amount !== undefined ? `£${row.amount}` : "", row.amountDescription]
          .filter(Boolean)
          .join(" · ");
      if (field === "languages") return String(row.name);
      return JSON.stringify(row);
    })
    .join("\n");
}

export function diffListings(live: ListingInput | null, next: ListingInput): DiffRow[] {
  const before = (live ?? {}) as AnyRecord;
  const after = next as AnyRecord;
  const rows: DiffRow[] = LABELS.map(([field, label]) => {
    const b = show(field, before[field]);
    const a = show(field, after[field]);
    return { field, label, before: b, after: a, changed: b !== a };
  });
  const ba = (before.sendAnswers ?? {}) as AnyRecord;
  const aa = (after.sendAnswers ?? {}) as AnyRecord;
  for (const q of SEND_QUESTIONS) {
    const b = show(q.code, ba[q.code]);
    const a = show(q.code, aa[q.code]);
    rows.push({ field: `sendAnswers.${q.code}`, label: q.question, before: b, after: a, changed: b !== a });
  }
  return rows;
}
