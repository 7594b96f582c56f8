// Reads for "You said, we did". Only the officer-approved anonymised text ever leaves here: the
// selects name redactedComment, never comment or email, and PUBLISHED holds every rule at once.
import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Published = publishable, with consent, an approved redaction and a response; never a helpful click. */
export const PUBLISHED: Prisma.FeedbackWhereInput = {
  kind: { in: ["comment", "missing"] },
  publication: "publishable",
  consentToPublish: true,
  redactionApprovedAt: { not: null },
  AND: [{ redactedComment: { not: null } }, { redactedComment: { not: "" } }, { response: { not: "" } }],
};

// Calendar years by the UK clock: 1 January is midnight GMT, so UTC boundaries are right.
const yearRange = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) });

export function findPublishedFeedback(filters: { year?: number; theme?: string }) {
  return db().feedback.findMany({
    where: {
      ...PUBLISHED,
      ...(filters.year ? { createdAt: yearRange(filters.year) } : {}),
      ...(filters.theme ? { theme: filters.theme as Prisma.FeedbackWhereInput["theme"] } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: 1000,
    select: { id: true, theme: true, redactedComment: true, response: true, action: true, createdAt: true },
  });
}

/** The years that have published feedback, newest first, for the filter. */
export async function findPublishedYears(): Promise<number[]> {
  const rows = await db().$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM "createdAt")::int AS year FROM "Feedback"
    WHERE "publication" = 'publishable' AND "consentToPublish" AND "redactionApprovedAt" IS NOT NULL
      AND "kind" IN ('comment', 'missing') AND "response" <> '' AND COALESCE("redactedComment", '') <> ''
    ORDER BY year DESC`;
  return rows.map((r) => r.year);
}

/** One year's comments by theme: received, published and kept off (excluded). */
export async function findYearCounts(year: number) {
  const inYear = {
    kind: { in: ["comment", "missing"] },
    createdAt: yearRange(year),
  } satisfies Prisma.FeedbackWhereInput;
  const [received, published, excluded] = await Promise.all([
    db().feedback.groupBy({ by: ["theme"], where: inYear, _count: { _all: true } }),
    db().feedback.groupBy({
      by: ["theme"],
      where: { ...PUBLISHED, createdAt: inYear.createdAt },
      _count: { _all: true },
    }),
    db().feedback.groupBy({ by: ["theme"], where: { ...inYear, publication: "excluded" }, _count: { _all: true } }),
  ]);
  const count = (rows: typeof received, theme: string | null) => rows.find((r) => r.theme === theme)?._count._all ?? 0;
  const themes = [...new Set([...received, ...published, ...excluded].map((r) => r.theme))];
  return themes.map((theme) => ({
    theme,
    received: count(received, theme),
    published: count(published, theme),
    excluded: count(excluded, theme),
  }));
}
