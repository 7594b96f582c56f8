// The provider's own dashboard: one loader, scoped to the signed-in provider's organisation.
import "server-only";
import { requireSignedIn } from "@/lib/auth/loaders";
import { sumListingViews } from "@/lib/listing-views/data";
import { findRecentSuggestions } from "@/lib/suggestions/data";
import { findOwnChanges, findOwnListings, findOwnOrganisation } from "./data";

const DAY = 86_400_000;

/** The calendar month before `now`'s, and this month so far (UTC dates, as views are counted). */
export function viewMonths(now: Date) {
  const thisMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  return { lastMonth, thisMonth, tomorrow };
}

export async function loadProviderDashboard(now = new Date()) {
  const user = await requireSignedIn("/admin");
  const since = new Date(now.getTime() - 90 * DAY);
  const [organisation, listings, changes, suggestions] = await Promise.all([
    findOwnOrganisation(user),
    findOwnListings(user),
    findOwnChanges(user, since),
    findRecentSuggestions(user, since),
  ]);
  const ids = listings.map((l) => l.id);
  const months = viewMonths(now);
  const [lastMonthViews, thisMonthViews] = await Promise.all([
    sumListingViews(ids, months.lastMonth, months.thisMonth),
    sumListingViews(ids, months.thisMonth, months.tomorrow),
  ]);
  return {
    user,
    organisation,
    listings: listings.map((l) => ({
      ...l,
      viewsLastMonth: lastMonthViews.get(l.id) ?? 0,
      viewsThisMonth: thisMonthViews.get(l.id) ?? 0,
    })),
    changes,
    suggestions,
    lastMonth: months.lastMonth,
    today: now,
  };
}
export type ProviderDashboard = Awaited<ReturnType<typeof loadProviderDashboard>>;
