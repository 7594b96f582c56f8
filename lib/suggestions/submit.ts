// A family's suggestion from the public form, start to end: the honeypot, the rate limits, keeping
// it for the officers' queue and telling the provider. The action (actions.ts) turns the outcome into
// the next page; tests call this with the client address the server would have seen.
import "server-only";
import { AppError } from "@/lib/platform/app-error";
import { findListingForSuggestion, findSuggestionRecipients } from "./data";
import { limitSuggestion, storeSuggestion } from "./mutations";
import { notifySuggestion } from "./notify";
import { type SuggestChangeInput } from "./schema";
import { HONEYPOT_FIELD } from "../platform/honeypot";

export type SuggestionOutcome =
  | { outcome: "sent"; suggestionId: string }
  | { outcome: "honeypot" }
  | { outcome: "limited"; retryAfterSeconds: number };

export async function submitSuggestion(
  input: SuggestChangeInput,
  client: string,
  now = new Date(),
): Promise<SuggestionOutcome> {
  const listing = await findListingForSuggestion(input.slug);
  if (!listing) throw new AppError("not_found", "There is no service with that address.");
  // People never see the field; a program that fills every box does. Nothing is kept or counted.
  if (input[HONEYPOT_FIELD]?.trim()) return { outcome: "honeypot" };
  const decision = await limitSuggestion(client, listing.id, now);
  if (!decision.allowed) return { outcome: "limited", retryAfterSeconds: decision.retryAfterSeconds };
  const suggestion = await storeSuggestion(listing.id, input.kind, input.message);
  await notifySuggestion(await findSuggestionRecipients(listing.id), listing, input);
  return { outcome: "sent", suggestionId: suggestion.id };
}
