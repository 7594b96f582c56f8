// An event as an officer or provider types it on the add and change forms, shared by the form and
// the server. The form's plain choices (dates, times, "does it repeat?") become the stored columns
// (instants in UK time, an RRULE) here, so the database only ever holds what the form could make.
// No Prisma import.
import { z } from "zod";
import { stripTags } from "@/lib/organisations/schema";
import { AREA_CODES, text, webAddress } from "@/lib/services/schema";
import { NEED_TERMS } from "@/lib/taxonomy/vocabulary";
import { fromLondonWall } from "./london-time";
import { buildRrule, MAX_REPEATS, REPEAT_CHOICES, REPEAT_ENDS, type Repeat } from "./repeat";

export const EVENT_STATES = ["draft", "submitted", "published", "rejected", "archived"] as const;
export type EventState = (typeof EVENT_STATES)[number];
export const EVENT_STATE_LABELS: Record<EventState, string> = {
  draft: "Draft",
  submitted: "Waiting for approval",
  published: "Published",
  rejected: "Sent back",
  archived: "Archived",
};
/** A published event's waiting change (ADR 0020), as the staff list says it after the event's own state. */
export const CHANGE_STATE_LABELS: Partial<Record<EventState, string>> = {
  draft: "change in draft",
  submitted: "change waiting for approval",
  rejected: "change sent back",
};
export const NEED_CODES = NEED_TERMS.map((t) => t.code);

const plainText = (max: number) => z.string().default("").transform(stripTags).pipe(text(max));
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());
const list = (v: unknown) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const PHONE = /^\+?[0-9 ()-]{6,40}$/;
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;
const dateField = (message: string) => z.string().trim().regex(DATE, message);
const age = optional(
  z.coerce.number().int("Enter a whole number, like 5").min(0, "Ages start at 0").max(25, "Enter an age up to 25"),
);

/** A real calendar date (2026-02-30 is refused), as its parts. */
function dateParts(v: string): { year: number; month: number; day: number } | null {
  const [year, month, day] = v.split("-").map(Number);
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? { year, month, day } : null;
}

const eventFields = z.object({
  // Officers choose; a provider's events are always their own organisation's (the mutation sets it).
  organisationId: optional(z.uuid("Choose the organisation running the event")),
  serviceId: optional(z.uuid("Choose a listing from the list")),
  title: plainText(120).pipe(z.string().min(1, "Enter the event's name")),
  summary: plainText(300).pipe(z.string().min(1, "Say in a sentence what the event is")),
  description: plainText(5000),
  startDate: dateField("Enter the date it starts, like 2027-03-31"),
  startTime: z.string().default(""),
  endDate: optional(dateField("Enter the date it ends, like 2027-03-31")),
  endTime: z.string().default(""),
  allDay: z.preprocess((v) => v === "yes", z.boolean()),
  repeat: z.enum(REPEAT_CHOICES, "Choose whether the event repeats").default("none"),
  repeatEnd: optional(z.enum(REPEAT_ENDS, "Choose when the repeats stop")),
  repeatUntil: optional(dateField("Enter the last date, like 2027-03-31")),
  repeatCount: optional(
    z.coerce
      .number("Enter how many times, like 10")
      .int("Enter a whole number, like 10")
      .min(2, "Enter 2 or more")
      .max(MAX_REPEATS, `Enter ${MAX_REPEATS} or fewer`),
  ),
  venueName: plainText(200),
  address: plainText(300),
  postcode: optional(text(10).regex(POSTCODE, "Enter a full UK postcode like SB1 2AB")),
  onlineUrl: optional(webAddress().refine((v) => /^https:\/\//i.test(v), "Enter a web address starting with https://")),
  whoFor: plainText(500),
  minimumAge: age,
  maximumAge: age,
  needs: z.preprocess(list, z.array(z.enum(NEED_CODES, "Choose needs from the list")).max(NEED_CODES.length)),
  areas: z.preprocess(list, z.array(z.enum(AREA_CODES, "Choose areas from the list")).max(AREA_CODES.length)),
  accessibility: plainText(2000),
  costType: z.enum(["free", "paid"], "Choose whether the event is free"),
  cost: plainText(300),
  bookingHow: plainText(500),
  bookingUrl: optional(webAddress()),
  bookingPhone: optional(text(40).regex(PHONE, "Enter a phone number, like 01632 960 000")),
  intent: z.enum(["draft", "submit"]).default("submit"),
});
type Valid = z.output<typeof eventFields>;

/** Checks across fields (the end after the start, a place or a link, a cost when it is not free). */
function checkEvent(v: Valid, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  const start = dateParts(v.startDate);
  if (!start) issue("startDate", "Enter a real date, like 2027-03-31");
  const end = v.endDate ? dateParts(v.endDate) : start;
  if (v.endDate && !end) issue("endDate", "Enter a real date, like 2027-03-31");
  if (!v.allDay) {
    if (!TIME.test(v.startTime)) issue("startTime", "Enter the time it starts, like 10:00");
    if (!TIME.test(v.endTime)) issue("endTime", "Enter the time it ends, like 11:30");
  }
  if (start && end && (v.allDay || (TIME.test(v.startTime) && TIME.test(v.endTime)))) {
    const { startsAt, endsAt } = instants(v);
    if (endsAt <= startsAt) issue(v.endDate ? "endDate" : "endTime", "The end must be after the start");
    else if (endsAt.getTime() - startsAt.getTime() > 31 * 86_400_000)
      issue("endDate", "An event can last up to 31 days. For longer, make it repeat");
  }
  if (v.repeat !== "none") {
    if (!v.repeatEnd) issue("repeatEnd", "Choose when the repeats stop");
    if (v.repeatEnd === "until") {
      const until = v.repeatUntil ? dateParts(v.repeatUntil) : null;
      if (!until) issue("repeatUntil", "Enter the last date, like 2027-03-31");
      else if (v.repeatUntil! <= v.startDate) issue("repeatUntil", "The last date must be after the first");
      else if (Date.UTC(until.year, until.month - 1, until.day) - Date.parse(v.startDate) > 2 * 366 * 86_400_000)
        issue("repeatUntil", "Repeats can run for up to 2 years");
    }
    if (v.repeatEnd === "count" && v.repeatCount === undefined) issue("repeatCount", "Enter how many times, like 10");
  }
  if (!v.venueName && !v.onlineUrl) issue("venueName", "Enter where the event is, or an online link");
  if (v.venueName && !v.address && !v.onlineUrl) issue("address", "Enter the address of the venue");
  if (v.costType === "paid" && !v.cost) issue("cost", "Say what it costs, like £3 per family");
  if (v.minimumAge !== undefined && v.maximumAge !== undefined && v.maximumAge < v.minimumAge)
    issue("maximumAge", "The oldest age must be the same as or more than the youngest");
}

export const eventFormSchema = eventFields
  .superRefine(checkEvent)
  .transform((v) => ({ intent: v.intent, data: toColumns(v) }));

function instants(v: Pick<Valid, "startDate" | "startTime" | "endDate" | "endTime" | "allDay">): {
  startsAt: Date;
  endsAt: Date;
} {
  const s = dateParts(v.startDate)!;
  const e = dateParts(v.endDate ?? v.startDate)!;
  if (v.allDay)
    return {
      startsAt: fromLondonWall({ ...s, hour: 0, minute: 0 }),
      endsAt: fromLondonWall({ ...e, hour: 23, minute: 59 }),
    };
  const [sh, sm] = v.startTime.split(":").map(Number);
  const [eh, em] = v.endTime.split(":").map(Number);
  return {
    startsAt: fromLondonWall({ ...s, hour: sh, minute: sm }),
    endsAt: fromLondonWall({ ...e, hour: eh, minute: em }),
  };
}

function repeatOf(v: { repeat: string; repeatEnd?: string; repeatUntil?: string; repeatCount?: number }): Repeat {
  if (v.repeat === "none") return { choice: "none" };
  const choice = v.repeat as Exclude<Repeat["choice"], "none">;
  return v.repeatEnd === "count"
    ? { choice, end: "count", count: v.repeatCount! }
    : { choice, end: "until", until: v.repeatUntil! };
}

function toColumns(v: Valid) {
  return {
    organisationId: v.organisationId ?? null,
    serviceId: v.serviceId ?? null,
    title: v.title,
    summary: v.summary,
    description: v.description,
    ...instants(v),
    allDay: v.allDay,
    rrule: buildRrule(repeatOf(v)),
    venueName: v.venueName || null,
    address: v.address || null,
    postcode: v.postcode ? v.postcode.toUpperCase() : null,
    onlineUrl: v.onlineUrl ?? null,
    whoFor: v.whoFor,
    minimumAge: v.minimumAge ?? null,
    maximumAge: v.maximumAge ?? null,
    needs: v.needs,
    areas: v.areas,
    accessibility: v.accessibility,
    isFree: v.costType === "free",
    cost: v.costType === "paid" ? v.cost : null,
    bookingHow: v.bookingHow,
    bookingUrl: v.bookingUrl ?? null,
    bookingPhone: v.bookingPhone ?? null,
  };
}
export type EventColumns = ReturnType<typeof toColumns>;

const uuid = z.uuid("That link is not right");
export const eventIdSchema = z.object({ eventId: uuid });
export const updateEventSchema = eventFields
  .extend({ eventId: uuid })
  .superRefine(checkEvent)
  .transform((v) => ({ eventId: v.eventId, intent: v.intent, data: toColumns(v) }));
export const rejectEventSchema = z.object({
  eventId: uuid,
  reason: z
    .string()
    .default("")
    .transform(stripTags)
    .pipe(text(2000).min(1, "Say what needs to change, so the author can fix it")),
});
