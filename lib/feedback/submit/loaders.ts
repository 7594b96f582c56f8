// What the helpful thank-you page shows: the click's page and whether its follow-up box is still open.
import "server-only";
import { findFeedbackForFollowUp } from "./data";
import { verifyFeedbackRef } from "./signed-ref";

/** Null for a ref this server did not sign in the last day; the row's page and whether it has words. */
export async function loadFollowUp(ref: string): Promise<{ pagePath: string | null; open: boolean } | null> {
  const id = verifyFeedbackRef(ref);
  if (!id) return null;
  const row = await findFeedbackForFollowUp(id);
  return row ? { pagePath: row.pagePath, open: row.comment === "" } : null;
}
