// How long personal details are kept, in one place: the scheduled job (lib/privacy/retention.ts)
// applies these periods and the privacy note (app/(public)/privacy) states them, so the two cannot drift.
export const RETENTION = {
  searchLogMonths: 13,
  spentTokenDays: 1,
  emailBodyDays: 90,
  searchOutboxDays: 7,
} as const;
