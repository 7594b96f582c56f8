// The retention clear-out's part of "Add your service" (lib/privacy/retention.ts): unfinished drafts
// go after DRAFT_DAYS, as the privacy note says. Its own file so the clear-out stays apart from the
// draft's everyday writes in ../mutations.ts.
import "server-only";
import { db } from "@/lib/platform/db";

/**
 * Deletes drafts never sent to officers (started, or waiting for the email link) and not changed since
 * `before`: the visitor's cookie and any confirmation link have run out by then. A draft reopened
 * because an officer asked for changes (it has a revisionId) is an open case in the queue, so it stays.
 */
export async function deleteStaleDrafts(before: Date): Promise<number> {
  const { count } = await db().serviceSubmission.deleteMany({
    where: { state: { in: ["in_progress", "awaiting_confirmation"] }, revisionId: null, updatedAt: { lt: before } },
  });
  return count;
}
