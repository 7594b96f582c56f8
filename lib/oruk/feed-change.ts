// What a re-imported record proposes for a live listing. Only the fields the feed itself changed
// since the version that last went live are taken from it; every other field stays as it is live,
// so an officer's approved edit is not undone by a feed that never touched that field. Pure.
import type { Listing } from "@/lib/services/schema";

type AnyRecord = Record<string, unknown>;

// Lists of codes are sets: the order a feed lists them in is not a change.
const SETS = new Set(["categories", "needs", "areas", "tags"]);

/** JSON with keys sorted and empty values dropped, so two equal values compare equal as text. */
export function canonicalJson(value: unknown, field = ""): string {
  if (Array.isArray(value)) {
    const items = value.map((v) => canonicalJson(v));
    return `[${(SETS.has(field) ? items.sort() : items).join(",")}]`;
  }
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.entries(value as AnyRecord)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v, k)}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export const sameListing = (a: Listing, b: Listing): boolean => canonicalJson(a) === canonicalJson(b);

/**
 * The live listing with the feed's changes: fields where the feed's record now (`next`) differs from
 * its record when the listing last took it (`previous`). Without that earlier record, the feed's whole
 * listing. The address (slug) always stays, so links to the listing keep working.
 */
export function applyFeedChange(live: Listing, previous: Listing | null, next: Listing): Listing {
  if (!previous) return { ...next, slug: live.slug };
  const merged: AnyRecord = { ...live };
  const before = previous as AnyRecord;
  const after = next as AnyRecord;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === "slug") continue;
    if (canonicalJson(before[key], key) !== canonicalJson(after[key], key)) merged[key] = after[key];
  }
  return merged as Listing;
}
