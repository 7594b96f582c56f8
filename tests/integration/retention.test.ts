// Retention with the clock moved: the scheduled job deletes what the privacy note says it keeps
// only for a while (search logs 13 months, spent sign-in tokens a day, email bodies 90 days,
// processed search-outbox rows 7 days; unconfirmed "Add your service" drafts 30 days after their last
// change, the family's words in a closed suggestion 90 days after it was closed, expired sessions)
// and leaves younger rows and every audit row alone. A feedback reply address goes 90 days after the
// feedback was closed, or 12 months after it was sent if nobody closed it.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { createListing } from "@/tests/factories/listings";

// The real command, as cron runs it, against this file's database.
async function jobsRun(now: Date): Promise<string> {
  const { stdout } = await promisify(execFile)(
    "node_modules/.bin/tsx",
    ["--conditions=react-server", "scripts/jobs-run.ts", "--now", now.toISOString()],
    { env: { ...process.env, SMTP_URL: "" } },
  );
  return stdout;
}

const NOW = new Date("2028-06-15T03:00:00Z");
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

it("deletes old search logs, spent tokens, old email bodies and processed outbox rows; keeps the rest", async () => {
  const log = (query: string, createdAt: Date) =>
    db().searchLog.create({ data: { query, resultCount: 1, engine: "postgres", durationMs: 3, createdAt } });
  await log("fourteen months ago", ago(426));
  await log("twelve months ago", ago(365));

  await db().verificationToken.createMany({
    data: [
      { identifier: "old@example.org", token: "expired-two-days-ago", expires: ago(2) },
      { identifier: "recent@example.org", token: "expired-an-hour-ago", expires: new Date(NOW.getTime() - 3_600_000) },
      { identifier: "live@example.org", token: "still-valid", expires: new Date(NOW.getTime() + 600_000) },
    ],
  });

  const oldMail = await db().emailMessage.create({
    data: { to: "old@example.org", subject: "Sign in", text: "https://x/link", html: "<p>x</p>", createdAt: ago(91) },
  });
  const youngMail = await db().emailMessage.create({
    data: { to: "young@example.org", subject: "Reminder", text: "Please check", html: "<p>y</p>", createdAt: ago(89) },
  });

  const serviceId = "00000000-0000-4000-8000-000000000001";
  await db().searchOutbox.createMany({
    data: [
      { serviceId, action: "upsert", createdAt: ago(9), processedAt: ago(8) },
      { serviceId, action: "upsert", createdAt: ago(7), processedAt: ago(6) },
      { serviceId, action: "upsert", createdAt: ago(30), processedAt: null }, // never applied: kept
    ],
  });

  await db().auditEvent.create({
    data: { type: "service.created", entityType: "service", entityId: serviceId, createdAt: ago(3650) },
  });

  const report = await jobsRun(NOW);

  expect((await db().searchLog.findMany()).map((r) => r.query)).toEqual(["twelve months ago"]);
  expect((await db().verificationToken.findMany({ orderBy: { token: "asc" } })).map((t) => t.token)).toEqual([
    "expired-an-hour-ago",
    "still-valid",
  ]);
  expect(await db().emailMessage.findUniqueOrThrow({ where: { id: oldMail.id } })).toMatchObject({
    to: "old@example.org",
    subject: "Sign in",
    text: "",
    html: null,
  });
  expect(await db().emailMessage.findUniqueOrThrow({ where: { id: youngMail.id } })).toMatchObject({
    text: "Please check",
    html: "<p>y</p>",
  });
  const outbox = await db().searchOutbox.findMany({ orderBy: { id: "asc" } });
  expect(outbox.map((r) => r.processedAt?.toISOString() ?? null)).toEqual([ago(6).toISOString(), null]);
  expect(await db().auditEvent.count()).toBe(1);
  expect(report).toContain(
    "Retention: 1 search logs, 1 sign-in tokens and 1 search-outbox rows deleted; 1 email bodies cleared.",
  );

  expect(await jobsRun(NOW), "a second run finds nothing more to do").toContain(
    "Retention: 0 search logs, 0 sign-in tokens and 0 search-outbox rows deleted; 0 email bodies cleared.",
  );
}, 120_000);

it("deletes untouched unconfirmed drafts and expired sessions, and empties closed suggestions' text", async () => {
  const draft = async (
    state: "in_progress" | "awaiting_confirmation" | "confirmed",
    updatedDaysAgo: number,
    revisionId: string | null = null,
  ) => {
    const row = await db().serviceSubmission.create({
      data: {
        state,
        revisionId,
        email: state === "in_progress" && !revisionId ? null : "sender@example.org",
        answers: { about: { name: "x" } },
      },
    });
    // @updatedAt would stamp "now": set the last change by hand, as the clock would have.
    await db()
      .$executeRaw`UPDATE "ServiceSubmission" SET "updatedAt" = ${ago(updatedDaysAgo)} WHERE id = ${row.id}::uuid`;
    return row.id;
  };
  const staleStarted = await draft("in_progress", 31);
  const staleWaiting = await draft("awaiting_confirmation", 31);
  const recentStarted = await draft("in_progress", 29);
  const oldConfirmed = await draft("confirmed", 400); // a change for officers: not a draft any more
  // Sent, then reopened because an officer asked for changes: an open case in the queue, so kept.
  const reopened = await draft("in_progress", 60, "00000000-0000-4000-8000-0000000000aa");

  const user = await db().user.create({ data: { email: "retention.session@example.org", role: "editor" } });
  await db().session.createMany({
    data: [
      { sessionToken: "ran-out-a-minute-ago", userId: user.id, expires: new Date(NOW.getTime() - 60_000) },
      { sessionToken: "still-signed-in", userId: user.id, expires: new Date(NOW.getTime() + 3_600_000) },
    ],
  });

  const listing = await createListing({ name: "Retention suggestions club" });
  const suggestion = (state: "new" | "made_into_edit" | "dismissed", handledDaysAgo: number | null, message: string) =>
    db().changeSuggestion.create({
      data: {
        serviceId: listing.id,
        kind: "contact",
        message,
        state,
        reason: state === "dismissed" ? "Checked with the provider" : null,
        handledAt: handledDaysAgo === null ? null : ago(handledDaysAgo),
        createdAt: ago(200),
      },
    });
  const oldDismissed = await suggestion("dismissed", 91, "Call me on 07700 900123, the number is wrong");
  const oldEdited = await suggestion("made_into_edit", 120, "Closed since May");
  const recentDismissed = await suggestion("dismissed", 89, "Wrong times");
  const stillNew = await suggestion("new", null, "Nobody has looked at this for ages");

  const report = await jobsRun(NOW);

  const drafts = await db().serviceSubmission.findMany({ select: { id: true } });
  expect(drafts.map((d) => d.id).sort()).toEqual([recentStarted, oldConfirmed, reopened].sort());
  expect(drafts.map((d) => d.id)).not.toContain(staleStarted);
  expect(drafts.map((d) => d.id)).not.toContain(staleWaiting);

  expect((await db().session.findMany()).map((s) => s.sessionToken)).toEqual(["still-signed-in"]);

  const text = async (id: string) => (await db().changeSuggestion.findUniqueOrThrow({ where: { id } })).message;
  expect(await text(oldDismissed.id)).toBe("");
  expect(await text(oldEdited.id)).toBe("");
  expect(await text(recentDismissed.id)).toBe("Wrong times");
  expect(await text(stillNew.id)).toBe("Nobody has looked at this for ages");
  expect(await db().changeSuggestion.findUniqueOrThrow({ where: { id: oldDismissed.id } })).toMatchObject({
    kind: "contact",
    state: "dismissed",
    reason: "Checked with the provider",
  });
  expect(report).toContain(
    'Retention: 1 expired sessions and 2 unconfirmed "Add your service" drafts deleted; 2 closed suggestions\' text cleared.',
  );
  expect(await jobsRun(NOW), "a second run finds nothing more to do").toContain(
    'Retention: 0 expired sessions and 0 unconfirmed "Add your service" drafts deleted; 0 closed suggestions\' text cleared.',
  );
}, 120_000);

it("empties the reply email of feedback closed over 90 days ago, and of any sent over 12 months ago", async () => {
  const feedback = async (status: "new" | "responded" | "closed", changedDaysAgo: number, sentDaysAgo: number) => {
    const row = await db().feedback.create({
      data: {
        kind: "comment",
        theme: "information",
        comment: `Words ${status} ${changedDaysAgo}`,
        email: `parent.${changedDaysAgo}@example.org`,
        response: "We changed the page",
        status,
        createdAt: ago(sentDaysAgo),
      },
    });
    // @updatedAt would stamp "now": set the last change by hand, as the clock would have.
    await db().$executeRaw`UPDATE "Feedback" SET "updatedAt" = ${ago(changedDaysAgo)} WHERE id = ${row.id}::uuid`;
    return row.id;
  };
  const oldClosed = await feedback("closed", 91, 120);
  const recentClosed = await feedback("closed", 89, 120);
  const openButOld = await feedback("responded", 30, 370);
  const openYoung = await feedback("new", 100, 100);

  const report = await jobsRun(NOW);

  const row = (id: string) => db().feedback.findUniqueOrThrow({ where: { id } });
  expect((await row(oldClosed)).email).toBeNull();
  expect(await row(oldClosed)).toMatchObject({ comment: "Words closed 91", response: "We changed the page" });
  expect((await row(recentClosed)).email).toBe("parent.89@example.org");
  expect((await row(openButOld)).email).toBeNull();
  expect((await row(openYoung)).email).toBe("parent.100@example.org");
  expect(report).toContain("Retention: 2 feedback email addresses cleared.");
  expect(await jobsRun(NOW), "a second run finds nothing more to do").toContain(
    "Retention: 0 feedback email addresses cleared.",
  );
}, 120_000);
