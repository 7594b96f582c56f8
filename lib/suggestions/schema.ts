// "Suggest a change": what a family may tell us about a listing, and what an officer or provider does
// with it. Shared by the public form and the server. No Prisma import here.
import { z } from "zod";
import { HONEYPOT_FIELD } from "@/lib/platform/honeypot";
import { MESSAGE_MAX, SUGGESTION_KINDS, type SuggestionKind } from "./labels";

const KIND_CODES = Object.keys(SUGGESTION_KINDS) as [SuggestionKind, ...SuggestionKind[]];

export const DISMISS_REASON_MAX = 500;

/**
 * What a family typed, as plain text: tags are dropped (the text is never shown as HTML anyway, but a
 * provider's email or an officer's screen should not show markup), spaces and line breaks tidied.
 */
export function plainText(value: string): string {
  return value
    .replace(/<\/?[a-z!?][^>]*>/gi, " ")
    .replace(/\r\n?/g, "\n")
    .replace(/[^\S\n]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const message = z
  .string()
  .max(MESSAGE_MAX * 2, `Use ${MESSAGE_MAX} characters or fewer`)
  .default("")
  .transform(plainText)
  .pipe(z.string().max(MESSAGE_MAX, `Use ${MESSAGE_MAX} characters or fewer`));

export const suggestChangeSchema = z
  .object({
    slug: z.string().max(200),
    kind: z.enum(KIND_CODES, { error: "Choose what is wrong with this page" }),
    message,
    [HONEYPOT_FIELD]: z.string().max(2000).optional(),
  })
  .refine((v) => v.kind !== "other" || v.message.length > 0, {
    message: "Tell us what is wrong",
    path: ["message"],
  });
export type SuggestChangeInput = z.output<typeof suggestChangeSchema>;

const uuid = z.uuid("That link is not right");
export const suggestionIdSchema = z.object({ suggestionId: uuid });
export const dismissSuggestionSchema = z.object({
  suggestionId: uuid,
  reason: z
    .string()
    .trim()
    .min(1, "Say why you are dismissing this suggestion")
    .max(DISMISS_REASON_MAX, `Use ${DISMISS_REASON_MAX} characters or fewer`)
    .transform(plainText),
});

export function kindLabel(kind: string): string {
  return (SUGGESTION_KINDS as Record<string, string>)[kind] ?? "Something else";
}
