// Retention with the clock moved: the scheduled job deletes what the privacy note says it keeps
// only for a while (search logs 13 months, spent sign-in tokens a day, email bodies 90 days,
// processed search-outbox rows 7 days) and leaves younger rows and every audit row alone.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { db } from "@/lib/platform/db";

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
