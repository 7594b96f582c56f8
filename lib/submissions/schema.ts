// The "Add your service" forms' own fields (the tasks' questions are in tasks.ts). No Prisma import.
import { z } from "zod";
import { TASK_SLUGS } from "./tasks";
import { stripTags } from "./form-values";

/**
 * A field people never see (it is off-screen and skipped by the keyboard) but form-filling robots
 * do: anything in it means the post was not made by a person, and nothing is kept or sent.
 */
export const HONEYPOT = "email_confirm";
const honeypot = z.string().max(500).optional();
export const isRobot = (v: { [HONEYPOT]?: string }) => !!v[HONEYPOT];

export const startSchema = z.object({ [HONEYPOT]: honeypot });

/** A task form: which task, and what the button pressed asks for (save, come back later, add a row). */
export const taskMetaSchema = z.object({
  task: z.enum(TASK_SLUGS, "That page is not right"),
  intent: z.string().max(40).optional(),
});

export const chooseOrganisationSchema = z.object({
  organisationId: z.uuid("Choose your organisation from the list, or add a new one"),
});

export const sendSchema = z.object({
  name: z
    .string()
    .default("")
    .transform(stripTags)
    .pipe(z.string().trim().min(1, "Enter your name").max(120, "Use 120 characters or fewer")),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Use 254 characters or fewer")
    .pipe(z.email("Enter an email address like name@example.org")),
  declaration: z.literal("yes", "Confirm that the information is correct and that you may share it"),
  [HONEYPOT]: honeypot,
});
export type SendInput = z.output<typeof sendSchema>;

export const tokenSchema = z.object({ token: z.string().min(20).max(100) });
export const resendSchema = z.object({ token: z.string().max(100).optional(), [HONEYPOT]: honeypot });

/** An officer sets a submitted new listing's categories and needs (the provider's were suggestions). */
export const setTermsSchema = z.object({
  revisionId: z.uuid("That link is not right"),
  version: z.string().min(1),
  categories: z
    .array(z.string().max(80))
    .max(30)
    .default([])
    .refine((c) => c.length > 0, "Choose at least one category"),
  needs: z.array(z.string().max(80)).max(50).default([]),
});

export type SetTermsInput = z.output<typeof setTermsSchema>;

/** How long a confirmation link works, and how long an unfinished draft is kept. */
export const CONFIRM_LINK_HOURS = 24;
export const DRAFT_DAYS = 30;
