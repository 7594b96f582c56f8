// A family's suggestion made into an edit is done when that edit is approved: the listing now says
// what the family asked for. Called inside the approval's transaction (lib/revisions applyApproval),
// so the suggestion and the live listing change together.
import "server-only";
import type { Tx } from "@/lib/platform/db";
import { recordAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/audit/schema";

/** Marks done every suggestion linked to the approved revision; one audit row each. */
export async function markSuggestionsDone(tx: Tx, revisionId: string, actor: Actor, now: Date) {
  const linked = await tx.changeSuggestion.findMany({
    where: { revisionId, state: "made_into_edit" },
    select: { id: true, serviceId: true, kind: true },
  });
  for (const s of linked) {
    const claimed = await tx.changeSuggestion.updateMany({
      where: { id: s.id, state: "made_into_edit" },
      // handledAt is now when it was finished: the provider's view says "done on" this date.
      data: { state: "done", handledAt: now },
    });
    if (claimed.count !== 1) continue;
    await recordAudit(tx, actor, {
      entityType: "service",
      type: "suggestion.done",
      entityId: s.serviceId,
      before: { state: "made_into_edit" },
      after: { state: "done" },
      data: { suggestionId: s.id, revisionId, kind: s.kind },
    });
  }
  return linked.length;
}
