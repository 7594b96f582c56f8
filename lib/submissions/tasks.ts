// "Add your service" as a GOV.UK task list: which tasks there are, what each one asks (the listing's
// own field rules, piece by piece, so a finished submission is a valid ListingInput), and each task's
// status. Pure, no Prisma: unit-tested in tasks.test.ts.
import { z } from "zod";
import { organisationProfileSchema } from "@/lib/organisations/schema";
import { formToListingInput, listingInputToForm } from "@/lib/revisions/listing-form";
import { listingInputSchema, type ListingInput, type Listing } from "@/lib/services/schema";
import { cleanFormValues, type FormRecord } from "./form-values";

export const TASK_SLUGS = ["organisation", "about", "who", "how", "where", "costs", "contact", "send"] as const;
export type TaskSlug = (typeof TASK_SLUGS)[number];
export const isTaskSlug = (s: string): s is TaskSlug => (TASK_SLUGS as readonly string[]).includes(s);
export type TaskStatus = "not_started" | "in_progress" | "completed";
/** What is saved, task by task: the form's values as typed (cleaned), keyed by task. */
export type Answers = Partial<Record<TaskSlug, FormRecord>>;

export const TASK_TITLES: Record<TaskSlug, string> = {
  organisation: "Your organisation",
  about: "About the service",
  who: "Who it is for",
  how: "How to get it",
  where: "When and where",
  costs: "Costs",
  contact: "Contact details",
  send: "The SEND questions",
};

export const STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: "Not yet started",
  in_progress: "In progress",
  completed: "Completed",
};

type ListingKey = keyof typeof listingInputSchema.shape;
/** The listing fields each task asks for. */
export const LISTING_TASK_FIELDS = {
  about: ["name", "summary", "description", "easyRead"],
  who: ["whoFor", "minimumAge", "maximumAge", "eligibility", "needs", "categories"],
  how: ["accessMethod", "deliveryMethods", "referralRoute", "referralUrl", "waitingTime"],
  where: ["areas", "locations", "schedules"],
  costs: ["costType", "costOptions"],
  contact: ["url", "email", "contacts"],
  send: ["sendAnswers"],
} as const satisfies Record<Exclude<TaskSlug, "organisation">, readonly ListingKey[]>;
export type ListingTask = keyof typeof LISTING_TASK_FIELDS;

const pick = <T extends Record<string, unknown>>(o: T, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((k) => Object.hasOwn(o, k)).map((k) => [k, o[k]]));

const shape = listingInputSchema.shape;
const objectOf = (keys: readonly ListingKey[]) => z.object(pick(shape, keys) as Record<ListingKey, z.ZodType>);

// The listing schema's own cross-field rules, on the task that asks both fields.
const TASK_SCHEMAS: Record<ListingTask, z.ZodType> = {
  about: objectOf(LISTING_TASK_FIELDS.about),
  who: objectOf(LISTING_TASK_FIELDS.who).refine(
    (s) => typeof s.minimumAge !== "number" || typeof s.maximumAge !== "number" || s.minimumAge <= s.maximumAge,
    { message: "The oldest age must be the same as or more than the youngest age", path: ["maximumAge"] },
  ),
  how: objectOf(LISTING_TASK_FIELDS.how).refine((s) => s.accessMethod !== "referral" || !!s.referralRoute, {
    message: "Say who can refer and how",
    path: ["referralRoute"],
  }),
  where: objectOf(LISTING_TASK_FIELDS.where),
  costs: objectOf(LISTING_TASK_FIELDS.costs),
  // A way to reach the service: the contact needs a phone number or an email address.
  contact: objectOf(LISTING_TASK_FIELDS.contact).superRefine((s, ctx) =>
    (s.contacts as { email?: string; phones?: unknown[] }[]).forEach((c, i) => {
      if (!c.email && !c.phones?.length)
        ctx.addIssue({
          code: "custom",
          message: "Enter a phone number or an email address for the contact",
          path: ["contacts", i, "phones", 0, "number"],
        });
    }),
  ),
  send: objectOf(LISTING_TASK_FIELDS.send),
};

export const isListingTask = (task: string): task is ListingTask => Object.hasOwn(LISTING_TASK_FIELDS, task);

/** The form values of a listing task as its schema reads them (strings to numbers, rows, lists). */
export function listingTaskInput(task: ListingTask, values: FormRecord): Record<string, unknown> {
  return pick(formToListingInput(values) as Record<string, unknown>, LISTING_TASK_FIELDS[task]);
}

/**
 * What is kept of a posted task form: only the task's own fields, tags stripped, empty rows dropped,
 * in the same shape the form is filled from (so "save and come back later" loses nothing typed).
 */
export function normaliseTaskValues(task: ListingTask, posted: FormRecord): FormRecord {
  const input = formToListingInput(cleanFormValues(posted)) as ListingInput;
  return pick(listingInputToForm(input), LISTING_TASK_FIELDS[task]) as FormRecord;
}

export function parseListingTask(task: ListingTask, values: FormRecord) {
  return TASK_SCHEMAS[task].safeParse(listingTaskInput(task, values));
}

/** The organisation task: an existing organisation chosen from the list, or a new one described. */
export const ORGANISATION_FIELDS = [
  "choice",
  "organisationId",
  "organisationName",
  "name",
  "kind",
  "description",
  "website",
  "email",
  "phone",
  "charityNumber",
  "companyNumber",
] as const;

export function parseOrganisationTask(values: FormRecord) {
  if (values.choice === "existing")
    return typeof values.organisationId === "string" && values.organisationId
      ? ({ success: true, data: { existing: values.organisationId } } as const)
      : ({ success: false } as const);
  const parsed = organisationProfileSchema.safeParse(values);
  return parsed.success ? ({ success: true, data: { new: parsed.data } } as const) : ({ success: false } as const);
}

/** Not started until saved once; completed when what is saved passes the task's rules. */
export function taskStatus(answers: Answers, task: TaskSlug): TaskStatus {
  const values = answers[task];
  if (!values) return "not_started";
  const ok = task === "organisation" ? parseOrganisationTask(values).success : parseListingTask(task, values).success;
  return ok ? "completed" : "in_progress";
}

export function taskStatuses(answers: Answers): { slug: TaskSlug; title: string; status: TaskStatus }[] {
  return TASK_SLUGS.map((slug) => ({ slug, title: TASK_TITLES[slug], status: taskStatus(answers, slug) }));
}

export function incompleteTasks(answers: Answers): TaskSlug[] {
  return TASK_SLUGS.filter((t) => taskStatus(answers, t) !== "completed");
}

export type Organisation = { existing: string } | { new: z.output<typeof organisationProfileSchema> };

/**
 * The whole submission as a listing and its organisation, or the tasks still to finish. The listing
 * passes the full listing schema, so approving it goes through the same rules as an officer's edit.
 */
export function submissionFromAnswers(
  answers: Answers,
): { ok: true; listing: Listing; organisation: Organisation } | { ok: false; incomplete: TaskSlug[] } {
  const incomplete = incompleteTasks(answers);
  if (incomplete.length) return { ok: false, incomplete };
  const input = Object.assign(
    {},
    ...Object.keys(LISTING_TASK_FIELDS).map((t) => listingTaskInput(t as ListingTask, answers[t as ListingTask] ?? {})),
  );
  const listing = listingInputSchema.safeParse(input);
  const organisation = parseOrganisationTask(answers.organisation ?? {});
  // Each task passed on its own; a rule across tasks could still fail: name the task of its field.
  if (!listing.success) return { ok: false, incomplete: [taskOfField(String(listing.error.issues[0]?.path[0]))] };
  if (!organisation.success) return { ok: false, incomplete: ["organisation"] };
  return { ok: true, listing: listing.data, organisation: organisation.data };
}

function taskOfField(field: string): TaskSlug {
  const found = Object.entries(LISTING_TASK_FIELDS).find(([, fields]) => (fields as readonly string[]).includes(field));
  return (found?.[0] as TaskSlug | undefined) ?? "about";
}

/** "Who it is for, How to get it": tasks named in a sentence, for the message that stops sending. */
export function nameTasks(tasks: TaskSlug[]): string {
  const names = tasks.map((t) => TASK_TITLES[t]);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
