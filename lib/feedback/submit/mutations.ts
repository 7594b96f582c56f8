// Writes for the public feedback forms: counting against the rate limits, keeping a row, and adding
// the follow-up words to a click's row (once).
import "server-only";
import type { FeedbackKind, FeedbackTheme } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import { hitRateLimits } from "@/lib/platform/rate-limit/mutations";
import { keyPart, type RateDecision } from "@/lib/platform/rate-limit/windows";

const HOUR = 3600;
/** Clicks on "Was this page helpful?": a person reading many pages may click on each. */
export const HELPFUL_PER_CLIENT_PER_HOUR = 60;
/** The written forms (/feedback, /feedback/missing and the follow-up box), together. */
export const WRITTEN_PER_CLIENT_PER_HOUR = 10;

export type FeedbackLimit = "helpful" | "written";

/** Counts one post from `client`; a script cannot fill the officers' inbox from one address. */
export function limitFeedback(kind: FeedbackLimit, client: string, now = new Date()): Promise<RateDecision> {
  const limit = kind === "helpful" ? HELPFUL_PER_CLIENT_PER_HOUR : WRITTEN_PER_CLIENT_PER_HOUR;
  return hitRateLimits([{ key: `feedback-${kind}:client:${keyPart(client)}`, limit, windowSeconds: HOUR }], now);
}

export type NewFeedback = {
  kind: FeedbackKind;
  theme?: FeedbackTheme | null;
  helpful?: boolean | null;
  comment?: string;
  email?: string | null;
  consentToPublish?: boolean;
  pagePath?: string | null;
  serviceId?: string | null;
  need?: string | null;
  ageGroup?: string | null;
  area?: string | null;
  lookedFor?: string | null;
};

export function storeFeedback(data: NewFeedback) {
  return db().feedback.create({ data, select: { id: true } });
}

/** The follow-up words, only onto a click's row that has none yet: a second post changes nothing. */
export async function addFollowUpWords(id: string, words: string): Promise<boolean> {
  const { count } = await db().feedback.updateMany({
    where: { id, kind: "helpful", comment: "" },
    data: { comment: words },
  });
  return count === 1;
}

/**
 * Retention (lib/privacy/retention.ts): the reply address of feedback closed before `closedBefore`
 * (FeedbackStatus has no closing date: the last change of a closed row is when it was closed, or later),
 * and of any feedback sent before `sentBefore`, closed or not. The words and the council's response stay.
 */
export async function clearFeedbackEmails(closedBefore: Date, sentBefore: Date): Promise<number> {
  const { count } = await db().feedback.updateMany({
    where: {
      email: { not: null },
      OR: [{ status: "closed", updatedAt: { lt: closedBefore } }, { createdAt: { lt: sentBefore } }],
    },
    data: { email: null },
  });
  return count;
}
