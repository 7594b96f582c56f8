// The CSV export of published services: one row per service, lists joined with "; ", so a
// spreadsheet user (or another council) gets everything without understanding the API. Pure.
import { safeHref } from "@/lib/services/safe-href";

/**
 * What one CSV row needs of a listing, and no more. lib/oruk/data.ts reads it in one SQL query per batch
 * (PostgreSQL builds the JSON), because loading whole listings through Prisma cost ~4 s of the web server's
 * one thread for 10,000 listings, and this costs ~0.4 s (docs/benchmarks.md, bench:load).
 */
export type CsvService = {
  id: string;
  name: string;
  organisation: string;
  organisationId: string;
  status: string;
  summary: string;
  description: string;
  whoFor: string;
  accessMethod: string;
  referralRoute: string | null;
  eligibility: string | null;
  url: string | null;
  email: string | null;
  minimumAge: number;
  maximumAge: number;
  costType: string;
  costOptions: { option: string; amount: number | null; amountDescription: string | null }[];
  /** In the order they were chosen; `taxonomy` is the vocabulary's code ("needs", "categories"…). */
  terms: { taxonomy: string; name: string }[];
  areas: string[];
  contacts: { name: string | null; title: string | null; email: string | null; phones: string[] }[];
  locations: { name: string; addresses: (string | null)[][] }[];
  schedules: { byday: string; opensAt: string | null; closesAt: string | null; termTimeOnly: boolean }[];
  languages: string[];
  tags: string[];
  /** YYYY-MM-DD */
  lastCheckedAt: string | null;
  /** ISO 8601, UTC */
  updatedAt: string;
};

const DAY_NAMES: Record<string, string> = {
  MO: "Mon",
  TU: "Tue",
  WE: "Wed",
  TH: "Thu",
  FR: "Fri",
  SA: "Sat",
  SU: "Sun",
};
const join = (items: (string | null | undefined)[]) => items.filter(Boolean).join("; ");
const terms = (s: CsvService, taxonomy: string) =>
  join(s.terms.filter((t) => t.taxonomy === taxonomy).map((t) => t.name));

export const CSV_COLUMNS: [string, (s: CsvService) => string | number | null | undefined][] = [
  ["id", (s) => s.id],
  ["name", (s) => s.name],
  ["organization", (s) => s.organisation],
  ["organization_id", (s) => s.organisationId],
  ["status", (s) => s.status.replace("_", " ")],
  ["summary", (s) => s.summary],
  ["description", (s) => s.description],
  ["who_for", (s) => s.whoFor],
  ["access_method", (s) => s.accessMethod.replace("_", " ")],
  ["referral_route", (s) => s.referralRoute],
  ["eligibility", (s) => s.eligibility],
  ["url", (s) => safeHref(s.url)],
  ["email", (s) => s.email],
  ["minimum_age", (s) => s.minimumAge],
  ["maximum_age", (s) => s.maximumAge],
  ["cost", (s) => s.costType],
  [
    "cost_options",
    (s) =>
      join(
        s.costOptions.map((c) =>
          [c.option, c.amount === null ? "" : `£${c.amount.toFixed(2)}`, c.amountDescription].filter(Boolean).join(" "),
        ),
      ),
  ],
  ["categories", (s) => terms(s, "categories")],
  ["needs", (s) => terms(s, "needs")],
  ["age_groups", (s) => terms(s, "age-groups")],
  ["areas", (s) => join(s.areas)],
  ["contacts", (s) => join(s.contacts.map((c) => [c.name, c.title].filter(Boolean).join(", ")))],
  ["phones", (s) => join(s.contacts.flatMap((c) => c.phones))],
  ["contact_emails", (s) => join(s.contacts.map((c) => c.email))],
  [
    "locations",
    (s) => join(s.locations.map((l) => [l.name, ...l.addresses.map((a) => a.filter(Boolean).join(", "))].join(", "))),
  ],
  [
    "opening_times",
    (s) =>
      join(
        s.schedules.map(
          (x) =>
            `${x.byday
              .split(",")
              .map((d) => DAY_NAMES[d] ?? d)
              .join(", ")} ${x.opensAt ?? ""}-${x.closesAt ?? ""}${x.termTimeOnly ? " (term time)" : ""}`,
        ),
      ),
  ],
  ["languages", (s) => join(s.languages)],
  ["tags", (s) => join(s.tags)],
  ["last_checked", (s) => s.lastCheckedAt],
  ["last_modified", (s) => s.updatedAt],
];

/** One CSV field: quoted when needed; a leading = + - @ is neutralised so spreadsheets never run it as a formula. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvHeader = () => `${CSV_COLUMNS.map(([name]) => name).join(",")}\r\n`;
export const csvRow = (s: CsvService) => `${CSV_COLUMNS.map(([, pick]) => csvField(pick(s))).join(",")}\r\n`;
