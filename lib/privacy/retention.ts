// The scheduled job's clear-out (npm run jobs:run): what is past its keeping period (periods.ts,
// also stated in the privacy note) is deleted. Audit rows are kept: they are the council's record
// of who changed a public listing, and when. Review reminders are kept too: the schedule needs them
// to know a reminder was sent, and their link tokens are stored only as hashes that stop working
// once used or expired, so nothing usable is left behind.
import "server-only";
import { deleteExpiredSessions, deleteExpiredSignInTokens } from "@/lib/auth/mutations";
import { clearFeedbackEmails } from "@/lib/feedback/submit/mutations";
import { clearEmailBodiesBefore } from "@/lib/platform/email/mutations";
import { deleteSearchLogsBefore } from "@/lib/search/query/mutations";
import { pruneOutbox } from "@/lib/search/sync/mutations";
import { deleteStaleDrafts } from "@/lib/submissions/expiry/mutations";
import { clearClosedSuggestionText } from "@/lib/suggestions/mutations";
import { RETENTION } from "./periods";

const DAY = 86_400_000;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY);

function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export type RetentionRun = {
  searchLogs: number;
  signInTokens: number;
  emailBodies: number;
  searchOutbox: number;
  sessions: number;
  drafts: number;
  suggestionTexts: number;
  feedbackEmails: number;
};

/** Deletes (or, for emails and suggestions, empties) what is past its keeping period at `now`. Safe to run often. */
export async function applyRetention(now = new Date()): Promise<RetentionRun> {
  return {
    searchLogs: await deleteSearchLogsBefore(monthsBefore(now, RETENTION.searchLogMonths)),
    signInTokens: await deleteExpiredSignInTokens(daysBefore(now, RETENTION.spentTokenDays)),
    emailBodies: await clearEmailBodiesBefore(daysBefore(now, RETENTION.emailBodyDays)),
    searchOutbox: await pruneOutbox(daysBefore(now, RETENTION.searchOutboxDays)),
    // A session past its end no longer signs anyone in; the row would only say who was here.
    sessions: await deleteExpiredSessions(now),
    drafts: await deleteStaleDrafts(daysBefore(now, RETENTION.draftDays)),
    suggestionTexts: await clearClosedSuggestionText(daysBefore(now, RETENTION.closedSuggestionDays)),
    feedbackEmails: await clearFeedbackEmails(
      daysBefore(now, RETENTION.closedFeedbackEmailDays),
      monthsBefore(now, RETENTION.feedbackEmailMonths),
    ),
  };
}
