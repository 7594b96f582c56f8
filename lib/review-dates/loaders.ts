import "server-only";
import { requireStaff } from "@/lib/auth/loaders";
import { findReminderByToken, findReviewDashboard, type ReviewView } from "./data";
import { checkReminderToken } from "./mutations";

/** Officers: listings by review state, with their latest reminder. */
export async function loadReviewDashboard(view: ReviewView) {
  await requireStaff("/admin/review-dates");
  return findReviewDashboard(view);
}

/**
 * The reminder link's page. No sign-in: the single-use token in the link is the permission, and it
 * shows only the one listing it names (or why the link no longer works).
 */
export function loadReminderCheck(token: string) {
  return checkReminderToken(token);
}

/** How long after "something needs changing" the sign-in page may fill in the reminder's address. */
const SIGN_IN_SUGGESTION_MINUTES = 15;

/**
 * The address a reminder went to, for the sign-in page the provider is sent to after answering
 * "something needs changing", so no address travels in the URL. Only for a token answered that way
 * in the last few minutes: the token has proved the mailbox, and the page only suggests it.
 */
export async function loadReminderSignInEmail(token: string, now = new Date()): Promise<string | undefined> {
  const reminder = token ? await findReminderByToken(token) : null;
  if (reminder?.answer !== "changes" || !reminder.answeredAt) return undefined;
  const age = now.getTime() - reminder.answeredAt.getTime();
  return age >= 0 && age < SIGN_IN_SUGGESTION_MINUTES * 60_000 ? reminder.sentTo : undefined;
}
