// Families' feedback (issue 12): what the public forms may send, shared by the forms and the server.
// The reg 56 themes in plain words, the size limits the forms state, and one zod schema per form.
// No Prisma import here.
import { z } from "zod";
import { HONEYPOT_FIELD } from "@/lib/platform/honeypot";
import {
  COMMENT_MAX,
  EMAIL_MAX,
  FEEDBACK_THEMES,
  FOLLOW_UP_MAX,
  LOOKED_FOR_MAX,
  MISSING_AGE_GROUPS,
  type FeedbackThemeCode,
  type MissingAgeGroup,
} from "./labels";

const THEME_CODES = Object.keys(FEEDBACK_THEMES) as [FeedbackThemeCode, ...FeedbackThemeCode[]];
const AGE_CODES = Object.keys(MISSING_AGE_GROUPS) as [MissingAgeGroup, ...MissingAgeGroup[]];

const tooLong = (max: number) => `Use ${max} characters or fewer`;

/**
 * A family's words as typed: HTML or script is kept as the characters they typed (Feedback.comment in
 * prisma/schema.prisma) and only ever rendered as text, so it is inert everywhere and an officer sees
 * exactly what was sent. Only line endings, runs of blank lines and the ends are tidied, and control
 * characters other than line breaks and tabs are dropped. The limit is checked on what is kept.
 */
export function typedText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, "\n")
      // oxlint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}

function text(max: number, required?: string) {
  const kept = required ? z.string().min(1, required).max(max, tooLong(max)) : z.string().max(max, tooLong(max));
  return z
    .string()
    .max(max * 2, tooLong(max))
    .default("")
    .transform(typedText)
    .pipe(kept);
}

// An email address for a reply: optional; when given, it must look like one.
const replyEmail = z
  .string()
  .max(EMAIL_MAX * 2, "Enter an email address in the correct format, like name@example.com")
  .default("")
  .transform((v) => v.trim())
  .pipe(
    z.union([
      z.literal(""),
      z.email("Enter an email address in the correct format, like name@example.com").max(EMAIL_MAX),
    ]),
  )
  .transform((v) => v || null);

// A checkbox: "yes" when ticked, absent when not (a browser sends nothing for an unticked box).
const consent = z
  .string()
  .max(10)
  .optional()
  .transform((v) => v === "yes");

// The page the form came from (/feedback?page=…): checked against the real public pages on the server.
const fromPage = z
  .string()
  .max(500)
  .optional()
  .transform((v) => v?.trim() || null);

const honeypot = z.string().max(2000).optional();

export const feedbackCommentSchema = z.object({
  theme: z.enum(THEME_CODES, { error: "Choose what your feedback is about" }),
  comment: text(COMMENT_MAX, "Enter your feedback"),
  email: replyEmail,
  consent,
  page: fromPage,
  [HONEYPOT_FIELD]: honeypot,
});
export type FeedbackCommentInput = z.output<typeof feedbackCommentSchema>;

// Need and area are checked against the vocabulary on the server (it can change); here only their shape.
const code = z
  .string()
  .max(100)
  .default("")
  .transform((v) => v.trim() || null);

export const missingSupportSchema = z.object({
  need: code,
  // "" is the "Not sure" choice.
  ageGroup: z
    .enum(["", ...AGE_CODES], { error: "Choose an age group" })
    .default("")
    .transform((v) => v || null),
  area: code,
  lookedFor: text(LOOKED_FOR_MAX, "Tell us what support you were looking for"),
  comment: text(COMMENT_MAX),
  email: replyEmail,
  consent,
  [HONEYPOT_FIELD]: honeypot,
});
export type MissingSupportInput = z.output<typeof missingSupportSchema>;

/** The one-click "Was this page helpful?" widget's post (a route handler reads it, not a server action). */
export const helpfulSchema = z.object({
  page: z.string().min(1).max(500),
  answer: z.enum(["yes", "no"]),
  [HONEYPOT_FIELD]: honeypot,
});
export type HelpfulInput = z.output<typeof helpfulSchema>;

/** "What were you looking for?" after a click: `ref` is the signed id of the click's row (signed-ref.ts). */
export const followUpSchema = z.object({
  ref: z.string().min(1, "This form has expired. Go back to the page and try again.").max(200),
  words: text(FOLLOW_UP_MAX, "Tell us what you were looking for"),
  [HONEYPOT_FIELD]: honeypot,
});
export type FollowUpInput = z.output<typeof followUpSchema>;
