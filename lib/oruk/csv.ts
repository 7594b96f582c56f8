// The CSV export of published services: one row per service, lists joined with "; ", so a
// spreadsheet user (or another council) gets everything without understanding the API. Pure.
import type { FullListing } from "@/lib/services/data";
import { safeHref } from "@/lib/services/safe-href";

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
const terms = (s: FullListing, taxonomy: string) =>
  join(s.terms.filter((t) => t.term.taxonomy.code === taxonomy).map((t) => t.term.name));

export const CSV_COLUMNS: [string, (s: FullListing) => string | number | null | undefined][] = [
  ["id", (s) => s.id],
  ["name", (s) => s.name],
  ["organization", (s) => s.organisation.name],
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
          [c.option, c.amount === null ? "" : `£${Number(c.amount).toFixed(2)}`, c.amountDescription]
            .filter(Boolean)
            .join(" "),
        ),
      ),
  ],
  ["categories", (s) => terms(s, "categories")],
  ["needs", (s) => terms(s, "needs")],
  ["age_groups", (s) => terms(s, "age-groups")],
  ["areas", (s) => join(s.serviceAreas.map((a) => a.name))],
  ["contacts", (s) => join(s.contacts.map((c) => [c.name, c.title].filter(Boolean).join(", ")))],
  ["phones", (s) => join(s.contacts.flatMap((c) => c.phones.map((p) => p.number)))],
  ["contact_emails", (s) => join(s.contacts.map((c) => c.email))],
  [
    "locations",
    (s) =>
      join(
        s.serviceAtLocations.map(({ location: l }) =>
          [
            l.name,
            ...l.addresses.map((a) => [a.address1, a.address2, a.city, a.postalCode].filter(Boolean).join(", ")),
          ].join(", "),
        ),
      ),
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
  ["languages", (s) => join(s.languages.map((l) => l.name))],
  ["tags", (s) => join(s.tags)],
  ["last_checked", (s) => s.lastCheckedAt?.toISOString().slice(0, 10)],
  ["last_modified", (s) => s.updatedAt.toISOString()],
];

/** One CSV field: quoted when needed; a leading = + - @ is neutralised so spreadsheets never run it as a formula. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvHeader = () => `${CSV_COLUMNS.map(([name]) => name).join(",")}\r\n`;
export const csvRow = (s: FullListing) => `${CSV_COLUMNS.map(([, pick]) => csvField(pick(s))).join(",")}\r\n`;
