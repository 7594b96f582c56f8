// The shortlist is only a list of listing ids, kept in a cookie on the visitor's own device and put in
// the address of a share link. No account and no record on the server. This is the pure part: reading
// a list from a cookie or an address (anything that is not a listing id is dropped), adding, removing.

/** At most this many listings on one list: a handout of 50 is already long, and the cookie stays small. */
export const SHORTLIST_MAX = 50;
export const SHORTLIST_COOKIE = "shortlist";
/** Ids are joined with "." in the cookie and in share links: it needs no escaping in either. */
const SEPARATOR = ".";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// A list of 50 ids is under 2,000 characters; anything much longer was not made by this site.
const MAX_RAW = (36 + 1) * SHORTLIST_MAX * 2;

export type ParsedIds = { ids: string[]; dropped: number };

export function isListingId(value: string): boolean {
  return UUID.test(value);
}

/** The ids in a cookie value or a share link's `ids`, in order, without repeats, at most SHORTLIST_MAX. */
export function parseIds(raw: string | null | undefined): ParsedIds {
  if (!raw) return { ids: [], dropped: 0 };
  const parts = raw
    .slice(0, MAX_RAW)
    .split(/[.,\s]+/)
    .filter(Boolean);
  const ids: string[] = [];
  let dropped = raw.length > MAX_RAW ? 1 : 0;
  for (const part of parts) {
    const id = part.toLowerCase();
    if (!isListingId(id) || ids.length >= SHORTLIST_MAX) dropped++;
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, dropped };
}

export function joinIds(ids: readonly string[]): string {
  return ids.join(SEPARATOR);
}

export type AddResult = { ids: string[]; full: boolean };

/** Adds to the end; an id already there stays where it is. A full list is not changed. */
export function addId(ids: readonly string[], id: string): AddResult {
  if (ids.includes(id)) return { ids: [...ids], full: false };
  if (ids.length >= SHORTLIST_MAX) return { ids: [...ids], full: true };
  return { ids: [...ids, id], full: false };
}

export function removeId(ids: readonly string[], id: string): string[] {
  return ids.filter((x) => x !== id);
}

/** Where to go back to after Save or Remove: only a path on this site, never another site. */
export function safeReturnPath(value: string | null | undefined, fallback = "/shortlist"): string {
  if (!value || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  // oxlint-disable-next-line no-control-regex -- a line break in a Location header is the attack
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  return value;
}
