// Helpers for the staff-area browser tests: a real SMTP server that catches the site's email,
// the sign-in-by-magic-link journey, direct sessions for the permissions matrix, and a
// connection to the e2e site's own embedded database (found through its postmaster.pid).
import crypto from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import type { BrowserContext, Page } from "@playwright/test";
import { expect } from "./fixtures";

const port = Number(process.env.E2E_PORT || 3100);
export const dataDir = process.env.E2E_DATA_DIR || ".data-e2e";
export const smtpPort = Number(process.env.E2E_SMTP_PORT || port + 1000);

export type Mail = { to: string; subject: string; text: string };

/** A real SMTP server on localhost: the site sends to it exactly as it would to the council's. */
export async function startSmtp() {
  const inbox: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const [head, ...body] = raw.split(/\r?\n\r?\n/);
        const subject = /^Subject: (.*(?:\r?\n\s+.*)*)/im.exec(head)?.[1].replace(/\r?\n\s+/g, " ") ?? "";
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(","),
          subject,
          text: decodeQuotedPrintable(body.join("\n\n")),
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve, reject) =>
    server.listen(smtpPort, "127.0.0.1", () => resolve()).on("error", reject),
  );
  return {
    inbox,
    async waitFor(to: string, subject: RegExp, since = 0): Promise<Mail> {
      let found: Mail | undefined;
      await expect
        .poll(() => (found = inbox.slice(since).find((m) => m.to === to && subject.test(m.subject))), {
          timeout: 15_000,
          message: `email to ${to} matching ${subject}`,
        })
        .toBeTruthy();
      return found!;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type Smtp = Awaited<ReturnType<typeof startSmtp>>;

function decodeQuotedPrintable(s: string): string {
  if (!/=\r?\n|=[0-9A-F]{2}/.test(s)) return s;
  return s.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export function magicLink(mail: Mail): string {
  const link = /(http:\/\/localhost:\d+\/\S*[?&]token=\S+)/.exec(mail.text)?.[1];
  if (!link) throw new Error(`No sign-in link in: ${mail.text}`);
  return link;
}

/** Opens an emailed sign-in link and presses its "Sign in" button (only that POST signs in, ADR 0010). */
export async function followSignInLink(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/**
 * The whole sign-in journey: ask for a link, read it from the SMTP server, follow it. The suite
 * signs the same people in more often than the sign-in limits allow a real person (5 an address,
 * 20 a client in 15 minutes; sign-in-limits.spec.ts tests them), so each journey starts uncounted.
 */
export async function signInByEmail(page: Page, smtp: Smtp, email: string): Promise<string> {
  const db = await e2eDatabase();
  await db.query(`DELETE FROM "RateLimitBucket" WHERE key LIKE 'sign-in:%'`).finally(() => db.end());
  const since = smtp.inbox.length;
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: /sign-in link/ }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = magicLink(await smtp.waitFor(email, /sign in/i, since));
  await followSignInLink(page, link);
  await expect(page).toHaveURL(/\/admin$/);
  return link;
}

/** Forgets every rate-limit count, so a test (and the next spec) starts with a full allowance. */
export async function forgetRateLimits(db: pg.Client): Promise<void> {
  await db.query(`DELETE FROM "RateLimitBucket"`);
}

/**
 * Rate limits count in fixed windows that start on the clock (every minute, 15 minutes, hour): a test
 * that must see a limit reached waits, when the current window ends within `needSeconds`, for the
 * next one, so no count starts again halfway through it.
 */
export async function waitForFreshWindow(windowSeconds: number, needSeconds: number): Promise<void> {
  const left = windowSeconds * 1000 - (Date.now() % (windowSeconds * 1000));
  if (left < needSeconds * 1000) await new Promise((resolve) => setTimeout(resolve, left + 200));
}

/** The e2e site's database: the embedded PostgreSQL the web server started under E2E_DATA_DIR. */
export async function e2eDatabase(): Promise<pg.Client> {
  const pid = fs.readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n");
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${pid[3]}/localoffer` });
  await client.connect();
  return client;
}

/**
 * A listing change as another process records it (the importer, the review job): the row, its
 * outbox entry and the NOTIFY that wakes the site's search worker, in one transaction.
 */
export async function renameListingElsewhere(slug: string, name: string): Promise<void> {
  const db = await e2eDatabase();
  try {
    await db.query("BEGIN");
    const { rows } = await db.query<{ id: string }>(`UPDATE "Service" SET name = $1 WHERE slug = $2 RETURNING id`, [
      name,
      slug,
    ]);
    await db.query(`INSERT INTO "SearchOutbox" ("serviceId", action) VALUES ($1, 'upsert')`, [rows[0].id]);
    await db.query(`SELECT pg_notify('search_outbox', '')`);
    await db.query("COMMIT");
  } finally {
    await db.end();
  }
}

/** `npm run user:create`, for real, against the running site's database. */
export function createUserByCommand(email: string, role: string, organisationSlug?: string) {
  const args = [
    "run",
    "--silent",
    "user:create",
    "--",
    "--email",
    email,
    "--role",
    role,
    ...(organisationSlug ? ["--organisation", organisationSlug] : []),
  ];
  return execFileSync("npm", args, { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" }, encoding: "utf8" });
}

export async function upsertUser(
  db: pg.Client,
  email: string,
  role: string,
  organisationId: string | null = null,
): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO "User" (id, email, role, "organisationId", "createdAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, now(), now())
     ON CONFLICT (email) DO UPDATE
       SET role = EXCLUDED.role, "organisationId" = EXCLUDED."organisationId", "disabledAt" = NULL
     RETURNING id`,
    [email, role, organisationId],
  );
  return rows[0].id;
}

/** A database session for the user, as Auth.js would create after a magic link. */
export async function createSession(db: pg.Client, userId: string): Promise<string> {
  const token = crypto.randomBytes(32).toString("hex");
  await db.query(
    `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES (gen_random_uuid(), $1, $2, now() + interval '1 hour')`,
    [token, userId],
  );
  return token;
}

/** Signs the browser context in as the user, for tests about what people may see. */
export async function signInWithSession(db: pg.Client, context: BrowserContext, userId: string): Promise<void> {
  const token = await createSession(db, userId);
  await context.addCookies([
    { name: "authjs.session-token", value: token, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" },
  ]);
}

/** `npm run jobs:run` against the running site's database, with the clock set to `now`. */
export function runJobs(now: string) {
  return execFileSync("npm", ["run", "--silent", "jobs:run", "--", "--now", now], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", SMTP_URL: "", APP_URL: `http://localhost:${port}` },
    encoding: "utf8",
  });
}
