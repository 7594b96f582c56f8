// npm run jobs:run [-- --now 2027-01-15] — the scheduled work: review reminders for listings and
// advice pages (first and escalating second), then the retention clear-out (lib/privacy/retention.ts).
// Safe to run as often as you like (it only sends what is due); run it daily from cron or a systemd
// timer. --now is for trying the schedule out, not for production. With several servers, cron on each
// is fine: a PostgreSQL advisory lock lets one run at a time, and the others say so and stop (ADR 0021).
import { parseArgs } from "node:util";
import { db } from "@/lib/platform/db";
import { sendDueReminders } from "@/lib/review-dates/mutations";
import { sendAdviceReviewReminders } from "@/lib/advice/reminders/mutations";
import { applyRetention } from "@/lib/privacy/retention";
import { deleteOldRateLimitBuckets } from "@/lib/platform/rate-limit/mutations";
import { withAdvisoryLock } from "@/lib/platform/runtime/advisory-lock";
import { prepareDatabase } from "@/lib/platform/runtime/prepare";

const { values } = parseArgs({ options: { now: { type: "string" } } });
const now = values.now ? new Date(values.now) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error("--now must be a date like 2027-01-15");
  process.exit(1);
}

const database = await prepareDatabase(() => {});
let code = 0;
try {
  const locked = await withAdvisoryLock("scheduledJobs", runJobs);
  if (!locked.ran) console.log("Scheduled jobs: another server is running them right now, so this one did not.");
} catch (error) {
  console.error(error);
  code = 1;
} finally {
  await db().$disconnect();
  await database.stop();
}
process.exit(code);

async function runJobs() {
  const run = await sendDueReminders(now);
  console.log(`Review reminders: ${run.sent} first reminders, ${run.escalated} second reminders sent.`);
  if (run.noAddress.length) console.log(`No email address to remind for: ${run.noAddress.join("; ")}`);
  const advice = await sendAdviceReviewReminders(now);
  console.log(`Advice page reviews: ${advice.sent} first reminders, ${advice.escalated} second reminders sent.`);
  if (advice.noOwner.length) console.log(`Advice pages with no owner (sent to the team): ${advice.noOwner.join("; ")}`);
  const kept = await applyRetention(now);
  console.log(
    `Retention: ${kept.searchLogs} search logs, ${kept.signInTokens} sign-in tokens and ${kept.searchOutbox} ` +
      `search-outbox rows deleted; ${kept.emailBodies} email bodies cleared.`,
  );
  console.log(
    `Retention: ${kept.sessions} expired sessions and ${kept.drafts} unconfirmed "Add your service" drafts ` +
      `deleted; ${kept.suggestionTexts} closed suggestions' text cleared.`,
  );
  console.log(`Retention: ${kept.feedbackEmails} feedback email addresses cleared.`);
  console.log(`Rate limits: ${await deleteOldRateLimitBuckets(now)} counts older than a day deleted.`);
}
