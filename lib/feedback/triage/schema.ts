// What officers post when they handle families' feedback: status, assignee and notes; a reply by
// email; the council's public response and action; the anonymised text; the publishing decision.
// Shared by the admin forms and the server. No Prisma import.
import { z } from "zod";
import { plainText } from "@/lib/suggestions/schema";
import { FEEDBACK_THEMES } from "../labels";

export const FEEDBACK_STATUSES = {
  new: "New",
  in_progress: "In progress",
  responded: "Responded",
  closed: "Closed",
} as const;
export type FeedbackStatusCode = keyof typeof FEEDBACK_STATUSES;

export const FEEDBACK_KINDS = {
  comment: "Comment",
  missing: "Missing support",
  helpful: "Was this page helpful?",
} as const;
export type FeedbackKindCode = keyof typeof FEEDBACK_KINDS;

/** Why a comment is kept off "You said, we did". */
export const EXCLUSION_REASONS = {
  individual_case: "It is about one person's own case",
  complaint: "It is a complaint to send elsewhere",
  abusive: "It is abusive",
  personal_data: "It cannot be made anonymous",
  other: "Another reason",
} as const;
export type ExclusionReason = keyof typeof EXCLUSION_REASONS;

export const NOTES_MAX = 4000;
export const REPLY_MAX = 4000;
export const RESPONSE_MAX = 2000;
export const ACTION_MAX = 2000;
export const REDACTED_MAX = 4000;
export const EXCLUSION_NOTE_MAX = 500;

const codes = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const tooLong = (max: number) => `Use ${max} characters or fewer`;
const text = (max: number) =>
  z
    .string()
    .max(max * 2, tooLong(max))
    .default("")
    .transform(plainText)
    .pipe(z.string().max(max, tooLong(max)));

const feedbackId = z.uuid({ error: "This feedback is not there" });

export const triageSchema = z.object({
  feedbackId,
  status: z.enum(codes(FEEDBACK_STATUSES), { error: "Choose a status" }),
  // "" means nobody; otherwise an officer's id, checked against the database.
  assigneeId: z.union([z.literal(""), z.uuid({ error: "Choose an officer from the list" })]).default(""),
  notes: text(NOTES_MAX),
});
export type TriageInput = z.output<typeof triageSchema>;

export const replySchema = z.object({
  feedbackId,
  reply: text(REPLY_MAX).pipe(z.string().min(1, "Write your reply")),
});

export const responseSchema = z.object({
  feedbackId,
  response: text(RESPONSE_MAX).pipe(z.string().min(1, "Write the council's response")),
  action: text(ACTION_MAX),
});

export const approveRedactionSchema = z.object({
  feedbackId,
  redactedComment: text(REDACTED_MAX).pipe(z.string().min(1, "Enter the text to publish")),
});

export const publicationSchema = z
  .object({
    feedbackId,
    decision: z.enum(["publishable", "excluded", "undecided"], { error: "Choose whether to publish it" }),
    exclusion: z.enum(codes(EXCLUSION_REASONS), { error: "Choose why it is not published" }).optional(),
    exclusionNote: text(EXCLUSION_NOTE_MAX),
  })
  .refine((v) => v.decision !== "excluded" || v.exclusion, {
    message: "Choose why it is not published",
    path: ["exclusion"],
  })
  .refine((v) => v.decision !== "excluded" || v.exclusion !== "other" || v.exclusionNote, {
    message: "Say why it is not published",
    path: ["exclusionNote"],
  });
export type PublicationInput = z.output<typeof publicationSchema>;

const optionalCode = <T extends Record<string, string>>(o: T) =>
  z
    .string()
    .max(40)
    .optional()
    .transform((v) => (v && Object.hasOwn(o, v) ? (v as keyof T & string) : undefined));

/** The inbox's filters, from the page's address: anything unknown is ignored. */
export const inboxFiltersSchema = z.object({
  status: z
    .string()
    .max(40)
    .optional()
    .transform((v) => (v === "all" || (v && Object.hasOwn(FEEDBACK_STATUSES, v)) ? v : "open")),
  theme: optionalCode(FEEDBACK_THEMES),
  kind: optionalCode(FEEDBACK_KINDS),
});
export type InboxFilters = z.output<typeof inboxFiltersSchema>;
