// Reads for the shortlist: only published listings (PUBLIC_SERVICE), so a list never shows a draft, an
// archived listing or one that was never approved, whatever ids a cookie or a share link holds.
import "server-only";
import { db } from "@/lib/platform/db";
import { FULL_LISTING, PUBLIC_SERVICE, type FullListing } from "@/lib/services/data";

/** The published listings among `ids`, in the list's own order; the others are left out. */
export async function findPublishedServicesByIds(ids: readonly string[]): Promise<FullListing[]> {
  if (ids.length === 0) return [];
  const found = await db().service.findMany({
    where: { id: { in: [...ids] }, ...PUBLIC_SERVICE },
    include: FULL_LISTING,
  });
  for (const s of found) s.terms.sort((a, b) => a.term.position - b.term.position);
  const byId = new Map(found.map((s) => [s.id, s]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Whether a listing may be saved: published and not archived. */
export async function isPublishedService(id: string): Promise<boolean> {
  return (await db().service.count({ where: { id, ...PUBLIC_SERVICE } })) > 0;
}

/** The published listings among `ids`, as ids, in the list's order (a shared list being saved). */
export async function findPublishedIds(ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db().service.findMany({
    where: { id: { in: [...ids] }, ...PUBLIC_SERVICE },
    select: { id: true },
  });
  const published = new Set(found.map((s) => s.id));
  return ids.filter((id) => published.has(id));
}
