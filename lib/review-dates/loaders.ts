import "server-only";
import { requireStaff } from "@/lib/auth/loaders";
import { findReviewDashboard, type ReviewView } from "./data";
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
