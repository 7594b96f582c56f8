// Advice pages: the form an officer fills in (also a revision's data, subject "advice") and the
// small rules around it. No Prisma import.
import { z } from "zod";
import { text } from "@/lib/services/schema";
import { stripTags } from "@/lib/organisations/schema";
import { SCHEDULE_2 } from "./schedule-2";
import { ADVICE_AUDIENCES } from "./labels";

/** Markdown body and easy-read version: long enough for a full guide, small enough to review. */
export const BODY_MAX = 30_000;
/** Months from "last checked" to the next review, as for listings (ADR 0013). */
export const ADVICE_REVIEW_MONTHS = 12;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A list posted as one text box: one item a line or comma-separated (categories, service ids). */
const listOf = (check: (v: string) => boolean, message: string, max: number) =>
  z.preprocess(
    (v) =>
      (Array.isArray(v) ? v : typeof v === "string" ? v.split(/[\s,]+/) : [])
        .map((x) => String(x).trim())
        .filter(Boolean),
    z
      .array(z.string().refine(check, message))
      .max(max, `Choose ${max} or fewer`)
      .transform((xs) => [...new Set(xs)]),
  );

const PARAGRAPHS = new Set(SCHEDULE_2.map((p) => p.number));

/** What an advice revision holds: the page's words and links (not its owner or dates). */
export const adviceContentSchema = z.object({
  title: z.string().default("").transform(stripTags).pipe(text(120).min(1, "Enter a title")),
  summary: z.string().default("").transform(stripTags).pipe(text(300).min(1, "Enter a one-sentence summary")),
  // Markdown: raw HTML is kept as typed and shown as text (lib/advice/render-markdown.ts turns HTML off).
  body: text(BODY_MAX).min(1, "Enter the page's words"),
  audience: z.enum(ADVICE_AUDIENCES, "Choose who the page is for"),
  // Left empty (or absent from a stored revision): no easy-read version.
  easyRead: z
    .string()
    .default("")
    .pipe(text(BODY_MAX))
    .transform((v) => v || undefined),
  schedule2: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(
        z.coerce
          .number()
          .int()
          .refine((n) => PARAGRAPHS.has(n), "Choose paragraphs from the list"),
      )
      .max(30),
  ),
  categories: listOf((v) => /^[a-z0-9-]{1,60}$/.test(v), "Use category codes like short-breaks", 20),
  relatedServiceIds: listOf((v) => UUID.test(v), "Choose listings from the list", 20),
});
export type AdviceContent = z.output<typeof adviceContentSchema>;
export type AdviceContentInput = z.input<typeof adviceContentSchema>;

export const adviceSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(80, "Use 80 characters or fewer")
  .regex(SLUG, "Use lower-case letters, numbers and hyphens, like travel-to-school");

/** The editor's form when sending: the content, checked field by field. */
export const submitAdviceSchema = adviceContentSchema.extend({
  advicePageId: z
    .uuid("That link is not right")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  slug: adviceSlugSchema.optional().or(z.literal("").transform(() => undefined)),
  intent: z.literal("submit"),
});

/**
 * The editor's one form: "Preview" checks nothing (an unfinished page can be previewed, and nothing
 * is saved), "Send for approval" checks everything. A post without a button (Enter) sends.
 */
export const saveAdviceSchema = z
  .preprocess(
    (v) => ({ intent: "submit", ...(v && typeof v === "object" ? v : {}) }),
    z.looseObject({ intent: z.enum(["preview", "submit"], "Choose preview or send") }),
  )
  .transform((v, ctx) => {
    if (v.intent === "preview") return { intent: "preview" as const };
    const parsed = submitAdviceSchema.safeParse(v);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return z.NEVER;
  });

export const markCheckedSchema = z.object({ advicePageId: z.uuid("That link is not right") });
export const setOwnerSchema = z.object({
  advicePageId: z.uuid("That link is not right"),
  ownerId: z.uuid("Choose an officer"),
});

/** The title a revision proposes, for the moderation queue. */
export const adviceTitle = (data: unknown) =>
  typeof (data as { title?: unknown })?.title === "string" ? (data as { title: string }).title : "an advice page";

/** The review date: 12 months after the day it was last checked (UTC date). */
export function adviceReviewDue(lastChecked: Date): Date {
  const d = new Date(Date.UTC(lastChecked.getUTCFullYear(), lastChecked.getUTCMonth(), lastChecked.getUTCDate()));
  d.setUTCMonth(d.getUTCMonth() + ADVICE_REVIEW_MONTHS);
  return d;
}
