// When to remind, and whom. Pure: unit-tested in schedule.test.ts.
export const REMIND_DAYS_BEFORE_DUE = 30;
/** A first reminder left unanswered this long brings the escalating second one. */
export const ESCALATE_AFTER_DAYS = 14;
export const LINK_VALID_DAYS = 30;
const DAY = 86_400_000;

export type ReminderCandidate = {
  reviewDueAt: Date | null;
  lastCheckedAt: Date | null;
  email: string | null;
  contactEmails: string[];
  organisationEmail: string | null;
  /** Reminders sent since the listing was last checked, newest first. */
  reminders: { stage: number; sentAt: Date; answeredAt: Date | null }[];
};

/** The provider contact to ask: the service's own address, then its first contact, then the organisation's. */
export function reminderRecipient(
  c: Pick<ReminderCandidate, "email" | "contactEmails" | "organisationEmail">,
): string | null {
  return c.email || c.contactEmails[0] || c.organisationEmail || null;
}

/** Which reminder (1 or 2) is due now, or null for none. */
// Only the dates and reminders matter, so advice pages (lib/advice/reminders) share this rule.
export function reminderStageDue(
  c: Pick<ReminderCandidate, "reviewDueAt" | "lastCheckedAt" | "reminders">,
  now: Date,
): 1 | 2 | null {
  const due = c.reviewDueAt ?? c.lastCheckedAt ?? new Date(0);
  if (due.getTime() - now.getTime() > REMIND_DAYS_BEFORE_DUE * DAY) return null;
  const latest = c.reminders[0];
  if (!latest) return 1;
  if (latest.answeredAt) return null;
  if (latest.stage === 1 && now.getTime() - latest.sentAt.getTime() >= ESCALATE_AFTER_DAYS * DAY) return 2;
  return null;
}
