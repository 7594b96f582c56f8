// Writes for families' suggestions: keeping one, and an officer or provider handling it. Handling
// claims the row only while it is still new, so two people acting at once cannot both handle it.
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { recordAudit } from "@/lib/audit/mutations";
import { isStaff, listingScope, type SignedInUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/platform/app-error";
import { hitRateLimits } from "@/lib/platform/rate-limit/mutations";
import { keyPart, type RateDecision } from "@/lib/platform/rate-limit/windows";
import { listingFromService } from "@/lib/revisions/listing-from-service";
import { saveRevision } from "@/lib/revisions/mutations";
import { FULL_LISTING } from "@/lib/services/data";
import { listingInputSchema } from "@/lib/services/schema";
import { kindLabel } from "./schema";
import { type SuggestionKind } from "./labels";

export const SUGGESTIONS_PER_CLIENT_PER_HOUR = 5;
export const SUGGESTIONS_PER_LISTING_PER_DAY = 20;

/**
 * Counts one suggestion from `client` about a listing. A person may send a few an hour; a listing takes
 * at most 20 a day, so nobody can flood a provider's inbox or the officers' queue from many addresses.
 * The listing's count goes up only for a client still under its own limit, so one client posting on
 * and on cannot use up the listing's day for everyone else.
 */
export async function limitSuggestion(client: string, serviceId: string, now = new Date()): Promise<RateDecision> {
  const perClient = await hitRateLimits(
    [{ key: `suggest:client:${keyPart(client)}`, limit: SUGGESTIONS_PER_CLIENT_PER_HOUR, windowSeconds: 3600 }],
    now,
  );
  if (!perClient.allowed) return perClient;
  return hitRateLimits(
    [{ key: `suggest:listing:${serviceId}`, limit: SUGGESTIONS_PER_LISTING_PER_DAY, windowSeconds: 86_400 }],
    now,
  );
}

export function storeSuggestion(serviceId: string, kind: SuggestionKind, message: string) {
  return db().changeSuggestion.create({ data: { serviceId, kind, message } });
}

const GONE = "There is no suggestion with that address you can handle.";
const HANDLED = "Someone has already dealt with this suggestion.";

/** The suggestion, if it is in the user's scope; still new, or the AppError that says why not. */
async function openSuggestion(client: Tx, user: SignedInUser, suggestionId: string) {
  const suggestion = await client.changeSuggestion.findFirst({
    where: { id: suggestionId, service: listingScope(user) },
    select: { id: true, state: true, kind: true, serviceId: true },
  });
  if (!suggestion) throw new AppError("not_found", GONE);
  if (suggestion.state !== "new") throw new AppError("wrong_state", HANDLED);
  return suggestion;
}

/**
 * "Make this an edit": the person's draft of the listing, based on the live version (saveRevision, as
 * the editor saves it), with the suggestion linked to it so the editor quotes it. A change of theirs
 * already open is kept and used instead, never overwritten with the live version.
 */
export async function makeSuggestionIntoEdit(user: SignedInUser, suggestionId: string) {
  const suggestion = await openSuggestion(db(), user, suggestionId);
  const open = await db().serviceRevision.findFirst({
    where: {
      serviceId: suggestion.serviceId,
      authorId: user.id,
      state: { in: ["draft", "submitted", "changes_requested"] },
    },
    orderBy: { updatedAt: "desc" },
    select: { id: true },
  });
  let revisionId = open?.id;
  if (!revisionId) {
    const live = await db().service.findFirst({
      where: { id: suggestion.serviceId, ...listingScope(user) },
      include: FULL_LISTING,
    });
    if (!live) throw new AppError("not_found", GONE);
    const saved = await saveRevision(user, {
      serviceId: live.id,
      listing: listingInputSchema.parse(listingFromService(live)),
      baseUpdatedAt: live.updatedAt.toISOString(),
      submit: false,
      keepMine: true,
    });
    if (saved.conflict) throw new AppError("conflict", "The listing changed meanwhile. Try again.");
    revisionId = saved.revision.id;
  }
  await markMadeIntoEdit(user, suggestion.id, revisionId);
  return { serviceId: suggestion.serviceId, revisionId };
}

/** Links the suggestion to the edit made from it (see make-into-edit.ts), with its audit row. */
async function markMadeIntoEdit(user: SignedInUser, suggestionId: string, revisionId: string, now = new Date()) {
  return db().$transaction(async (tx) => {
    const suggestion = await openSuggestion(tx, user, suggestionId);
    const claimed = await tx.changeSuggestion.updateMany({
      where: { id: suggestion.id, state: "new" },
      data: { state: "made_into_edit", revisionId, handledById: user.id, handledAt: now },
    });
    if (claimed.count !== 1) throw new AppError("wrong_state", HANDLED);
    await recordAudit(
      tx,
      { id: user.id, email: user.email },
      {
        entityType: "service",
        type: "suggestion.made_into_edit",
        entityId: suggestion.serviceId,
        before: null,
        after: null,
        data: { suggestionId: suggestion.id, revisionId, kind: kindLabel(suggestion.kind) },
      },
    );
  });
}

/**
 * Officers only: a suggestion that needs no change (already right, not about this service) is put
 * aside with a reason.
 */
export async function dismissSuggestion(user: SignedInUser, suggestionId: string, reason: string, now = new Date()) {
  if (!isStaff(user)) throw new AppError("not_found", GONE);
  return db().$transaction(async (tx) => {
    const suggestion = await openSuggestion(tx, user, suggestionId);
    const claimed = await tx.changeSuggestion.updateMany({
      where: { id: suggestion.id, state: "new" },
      data: { state: "dismissed", reason, handledById: user.id, handledAt: now },
    });
    if (claimed.count !== 1) throw new AppError("wrong_state", HANDLED);
    await recordAudit(
      tx,
      { id: user.id, email: user.email },
      {
        entityType: "service",
        type: "suggestion.dismissed",
        entityId: suggestion.serviceId,
        before: null,
        after: null,
        data: { suggestionId: suggestion.id, reason, kind: kindLabel(suggestion.kind) },
      },
    );
  });
}

/**
 * Empties what the family typed on suggestions closed (made into an edit or dismissed) before `before`.
 * What kind of problem it was, and what was done about it, stay: that is the listing's history.
 */
export async function clearClosedSuggestionText(before: Date): Promise<number> {
  const { count } = await db().changeSuggestion.updateMany({
    where: { state: { not: "new" }, handledAt: { lt: before }, message: { not: "" } },
    data: { message: "" },
  });
  return count;
}
