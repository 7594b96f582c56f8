// The shape of one listing as a person (officer, provider, importer, seed) supplies it.
// Shared by the editor form, the server, the importer and the demo-data factories, so a
// listing is validated the same way whichever door it comes in by. No Prisma import here.
import { z } from "zod";
import { cleanEasyRead, EASY_READ_MAX, EASY_READ_MAX_LINES } from "./easy-read";
import { safeHref } from "./safe-href";
import { SEND_QUESTION_CODES } from "./send-questions";
import { DELIVERY_METHODS } from "./service-features";

export const SERVICE_STATUSES = ["active", "inactive", "defunct", "temporarily_closed"] as const;
export const ACCESS_METHODS = ["self_refer", "referral", "drop_in"] as const;
export const COST_TYPES = ["free", "paid", "ask"] as const;
export const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export const AREA_CODES = ["north", "central", "south", "whole", "out_of_area"] as const;

export const text = (max: number) => z.string().trim().max(max, `Use ${max} characters or fewer`);
const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((v) => (v ? v : undefined));
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time like 09:30");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date like 2026-03-31");
/**
 * The most of each list one listing may have: far more than a real service needs, few enough that
 * a made-up post cannot make a huge listing (or a huge form to send back). The importer cuts a
 * feed's longer lists to these, with a note.
 */
export const LIST_LIMITS = {
  phones: 5,
  accessibility: 20,
  costOptions: 10,
  categories: 30,
  needs: 50,
  contacts: 20,
  locations: 20,
  schedules: 30,
  languages: 20,
  tags: 50,
} as const;
const atMost = (list: keyof typeof LIST_LIMITS, what: string) =>
  [LIST_LIMITS[list], `Add no more than ${LIST_LIMITS[list]} ${what}`] as const;

/** A link people can follow: http, https, mailto or tel only, never `javascript:` (zod's url() allows it). */
export const webAddress = () =>
  z
    .string()
    .trim()
    .max(2000, "Use 2000 characters or fewer")
    .refine((v) => safeHref(v) !== undefined, "Enter a web address starting with https://");

const age = z.number().int().min(0, "Ages start at 0").max(25, "The Local Offer covers ages 0 to 25");

export const phoneSchema = z.object({
  number: text(40).min(3, "Enter a phone number"),
  description: optionalText(200),
});

export const contactSchema = z.object({
  name: optionalText(120),
  // Role rather than a person where possible ("SEND duty officer"): people move on, roles stay.
  title: optionalText(120),
  email: z.email("Enter an email address like name@example.org").optional(),
  phones: z
    .array(phoneSchema)
    .max(...atMost("phones", "phone numbers for one contact"))
    .default([]),
});

export const locationSchema = z.object({
  name: text(200).min(1, "Enter the venue name"),
  description: optionalText(2000),
  address1: text(200).min(1, "Enter the first line of the address"),
  address2: optionalText(200),
  city: text(100).min(1, "Enter the town or city"),
  postcode: text(10).regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, "Enter a full UK postcode like FY1 4AB"),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  // Short facts a disabled visitor checks before setting out ("Step-free access", "Hearing loop").
  accessibility: z
    .array(text(200))
    .max(...atMost("accessibility", "access facts for one place"))
    .default([]),
});

export const scheduleSchema = z
  .object({
    byday: z.array(z.enum(DAYS)).min(1, "Choose at least one day").max(DAYS.length, "Choose each day only once"),
    opensAt: time,
    closesAt: time,
    termTimeOnly: z.boolean().default(false),
    freq: z.enum(["WEEKLY", "MONTHLY"]).default("WEEKLY"),
    description: optionalText(300),
    locationName: optionalText(200),
  })
  .refine((s) => s.opensAt < s.closesAt, { message: "Closing time must be after opening time", path: ["closesAt"] });

export const costOptionSchema = z.object({
  option: text(200).min(1, "Say what the cost is for"),
  amount: z.number().min(0, "Enter an amount of 0 or more").optional(),
  amountDescription: optionalText(300),
});

export const languageSchema = z.object({
  name: text(80).min(1, "Enter the language"),
  code: optionalText(8),
});

export const sendAnswersSchema = z.partialRecord(z.enum(SEND_QUESTION_CODES), text(4000));

export const listingInputSchema = z
  .object({
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case letters, numbers and hyphens")
      .optional(),
    name: text(160).min(1, "Enter the service name"),
    summary: text(300).min(1, "Enter a short summary in plain words"),
    description: text(8000).min(1, "Enter a full description"),
    whoFor: text(2000).min(1, "Say who the service is for"),
    // Optional; absent from revisions stored before it existed. Kept one idea a line, tags stripped.
    easyRead: z
      .string()
      .default("")
      .transform(cleanEasyRead)
      .pipe(text(EASY_READ_MAX))
      .refine((v) => v.split("\n").length <= EASY_READ_MAX_LINES, `Use ${EASY_READ_MAX_LINES} lines or fewer`)
      .transform((v) => v || undefined),
    status: z.enum(SERVICE_STATUSES).default("active"),
    closureMessage: optionalText(500),
    reopeningDate: isoDate.optional(),
    accessMethod: z.enum(ACCESS_METHODS),
    // Optional; absent from revisions stored before it existed. How families get the service.
    deliveryMethods: z.array(z.enum(DELIVERY_METHODS)).max(DELIVERY_METHODS.length, "Choose each way once").default([]),
    referralRoute: optionalText(1000),
    referralUrl: webAddress().optional(),
    eligibility: optionalText(2000),
    waitingTime: optionalText(200),
    url: webAddress().optional(),
    email: z.email("Enter an email address like name@example.org").optional(),
    minimumAge: age,
    maximumAge: age,
    costType: z.enum(COST_TYPES),
    costOptions: z
      .array(costOptionSchema)
      .max(...atMost("costOptions", "costs"))
      .default([]),
    categories: z
      .array(text(80))
      .min(1, "Choose at least one category")
      .max(LIST_LIMITS.categories, `Choose no more than ${LIST_LIMITS.categories} categories`),
    needs: z.array(text(80)).max(LIST_LIMITS.needs, `Choose no more than ${LIST_LIMITS.needs} needs`).default([]),
    areas: z
      .array(z.enum(AREA_CODES))
      .min(1, "Choose at least one area")
      .max(AREA_CODES.length, "Choose each area once"),
    contacts: z
      .array(contactSchema)
      .min(1, "Add at least one way to contact the service")
      .max(...atMost("contacts", "contacts")),
    locations: z
      .array(locationSchema)
      .max(...atMost("locations", "places"))
      .default([]),
    schedules: z
      .array(scheduleSchema)
      .max(...atMost("schedules", "opening times"))
      .default([]),
    languages: z
      .array(languageSchema)
      .max(...atMost("languages", "languages"))
      .default([]),
    sendAnswers: sendAnswersSchema.default({}),
    tags: z
      .array(text(80))
      .max(...atMost("tags", "tags"))
      .default([]),
    lastCheckedAt: isoDate.optional(),
  })
  .refine((s) => s.minimumAge <= s.maximumAge, {
    message: "The oldest age must be the same as or more than the youngest age",
    path: ["maximumAge"],
  })
  .refine((s) => s.status !== "temporarily_closed" || !!s.closureMessage, {
    message: "Say why the service is closed and when it will reopen",
    path: ["closureMessage"],
  })
  .refine((s) => s.accessMethod !== "referral" || !!s.referralRoute, {
    message: "Say who can refer and how",
    path: ["referralRoute"],
  });

export type ListingInput = z.input<typeof listingInputSchema>;
export type Listing = z.output<typeof listingInputSchema>;
