// A change to a published event, kept beside the live event until another officer approves it
// (ADR 0020). Stored as JSON, so it is checked against the columns' shape whenever it is read:
// a row that does not fit is treated as no change rather than trusted. Pure; no Prisma import.
import { z } from "zod";
import type { DiffRow } from "@/lib/revisions/diff";
import { AREA_CHOICES, NEED_CHOICES } from "./form-values";
import { formatCost, formatOccurrence } from "./format";
import { describeRepeat, readRrule } from "./repeat";
import { AREA_CODES } from "@/lib/services/schema";
import { NEED_CODES, type EventColumns } from "./schema";

const text = z.string();
const maybe = z.string().nullable();
const age = z.number().int().nullable();

/** The columns a change holds: what updateEvent's form produced (EventColumns), dates as ISO text. */
export const pendingColumnsSchema = z.object({
  organisationId: z.uuid(),
  serviceId: z.uuid().nullable(),
  title: text,
  summary: text,
  description: text,
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  allDay: z.boolean(),
  rrule: maybe,
  venueName: maybe,
  address: maybe,
  postcode: maybe,
  onlineUrl: maybe,
  whoFor: text,
  minimumAge: age,
  maximumAge: age,
  needs: z.array(z.enum(NEED_CODES)),
  areas: z.array(z.enum(AREA_CODES)),
  accessibility: text,
  isFree: z.boolean(),
  cost: maybe,
  bookingHow: text,
  bookingUrl: maybe,
  bookingPhone: maybe,
});
/** EventColumns once the organisation is settled (updateEvent's withOwner always sets it). */
export type PendingColumns = z.output<typeof pendingColumnsSchema>;

/** The stored change as columns, or null when there is none (or it does not fit). */
export function readPendingChange(json: unknown): PendingColumns | null {
  if (json === null || json === undefined) return null;
  const parsed = pendingColumnsSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** An event's columns (live or changed) with the names its ids stand for. */
type Named = Omit<EventColumns, "needs" | "areas"> & {
  needs: string[];
  areas: string[];
  organisationName?: string;
  serviceName?: string | null;
};

const labelsOf = (codes: string[], choices: { value: string; label: string }[]) =>
  codes.map((c) => choices.find((x) => x.value === c)?.label ?? c).join(", ");
function ages(e: Named): string {
  if (e.minimumAge === null && e.maximumAge === null) return "";
  if (e.minimumAge !== null && e.maximumAge !== null) return `${e.minimumAge} to ${e.maximumAge}`;
  return e.minimumAge !== null ? `${e.minimumAge} and over` : `Up to ${e.maximumAge}`;
}

const FIELDS: [string, string, (e: Named) => string][] = [
  ["title", "Name", (e) => e.title],
  ["summary", "Summary", (e) => e.summary],
  ["description", "More about it", (e) => e.description],
  ["when", "First date and time", (e) => formatOccurrence(e, e.allDay)],
  ["repeat", "How often", (e) => describeRepeat(readRrule(e.rrule)) ?? "Once"],
  ["place", "Where", (e) => [e.venueName, e.address, e.postcode].filter(Boolean).join(", ")],
  ["onlineUrl", "Online link", (e) => e.onlineUrl ?? ""],
  ["whoFor", "Who it is for", (e) => e.whoFor],
  ["ages", "Ages", ages],
  ["needs", "Needs it suits", (e) => labelsOf(e.needs, NEED_CHOICES)],
  ["areas", "Areas", (e) => labelsOf(e.areas, AREA_CHOICES)],
  ["accessibility", "Access", (e) => e.accessibility],
  ["cost", "Cost", (e) => formatCost(e)],
  ["bookingHow", "How to book", (e) => e.bookingHow],
  ["bookingUrl", "Booking link", (e) => e.bookingUrl ?? ""],
  ["bookingPhone", "Booking phone", (e) => e.bookingPhone ?? ""],
  ["organisation", "Organisation", (e) => e.organisationName ?? e.organisationId ?? ""],
  ["service", "Listing", (e) => e.serviceName ?? e.serviceId ?? ""],
];

/** The live event against the change, field by field in the words the pages use (before → after). */
export function diffEvent(live: Named, change: Named): DiffRow[] {
  return FIELDS.map(([field, label, read]) => {
    const before = read(live);
    const after = read(change);
    return { field, label, before, after, changed: before !== after };
  });
}

/** The change as JSON for the column (dates become ISO text; readPendingChange turns them back). */
export const pendingJson = (columns: EventColumns) => JSON.parse(JSON.stringify(columns)) as Record<string, unknown>;
