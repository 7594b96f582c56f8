// Reads the public feedback forms need: a service page's listing, and the vocabulary codes a
// "missing support" answer may use.
import "server-only";
import { db } from "@/lib/platform/db";
import { PUBLIC_SERVICE } from "@/lib/services/data";

/** The published listing a `/services/<slug>` page shows, or null. */
export async function findPublishedServiceId(slug: string): Promise<string | null> {
  const service = await db().service.findFirst({ where: { slug, ...PUBLIC_SERVICE }, select: { id: true } });
  return service?.id ?? null;
}

/** The codes of one vocabulary (needs, areas) as they are now. */
export async function findTermCodes(taxonomyCode: "needs" | "areas"): Promise<Set<string>> {
  const terms = await db().taxonomyTerm.findMany({
    where: { taxonomy: { code: taxonomyCode } },
    select: { code: true },
  });
  return new Set(terms.map((t) => t.code));
}

/** A click's row for its follow-up box (the caller has checked the signed id). */
export function findFeedbackForFollowUp(id: string) {
  return db().feedback.findFirst({ where: { id, kind: "helpful" }, select: { pagePath: true, comment: true } });
}
