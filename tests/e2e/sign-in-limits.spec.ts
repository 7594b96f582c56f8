// Sign-in flooding and account probing, from outside with no account, against the real site: the
// limits (5 requests per address, 20 per client, in 15 minutes) hold on the site's own form, with
// and without JavaScript, and on Auth.js's endpoint posted to directly; over them the answer is a
// plain 429 page. A known and an unknown address take the same time (the email goes after the answer).
import type { APIRequestContext } from "@playwright/test";
import type pg from "pg";
import { SMTPServer } from "smtp-server";
import { e2eDatabase, forgetRateLimits, smtpPort, upsertUser, waitForFreshWindow } from "./admin-fixtures";
import { expect, test } from "./fixtures";

const TOO_MANY = /Too many requests — try again in \d+ minutes?/;
test.describe.configure({ timeout: 90_000 });
let db: pg.Client;

test.beforeAll(async () => {
  db = await e2eDatabase();
});
test.beforeEach(async () => {
  await forgetRateLimits(db);
  // Each test needs its requests counted in one 15-minute window.
  await waitForFreshWindow(15 * 60, 45);
});
test.afterEach(async () => {
  // Leave the limits as the next spec expects them: nobody has asked for anything.
  await forgetRateLimits(db);
});
test.afterAll(async () => {
  await db?.end();
});

/** Asks Auth.js's own endpoint for a link, as a script would: its CSRF token, then the post. */
async function postToAuthJs(request: APIRequestContext, email: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const started = performance.now();
  const response = await request.post("/api/auth/signin/email", {
    form: { email, csrfToken, callbackUrl: "/admin" },
    maxRedirects: 0,
  });
  return { response, ms: performance.now() - started };
}

test("Auth.js's endpoint: 25 requests for one address get 5 answers, then a plain 429 page", async ({ request }) => {
  const email = `flood.${Date.now()}@seabourne.gov.uk`;
  const statuses: number[] = [];
  let last = "";
  for (let i = 0; i < 25; i++) {
    const { response } = await postToAuthJs(request, email);
    statuses.push(response.status());
    if (response.status() === 429) last = await response.text();
  }
  expect(statuses.slice(0, 5)).toEqual([302, 302, 302, 302, 302]);
  expect(statuses.slice(5)).toEqual(Array(20).fill(429));
  expect(last).toMatch(TOO_MANY);
  // Capital letters or spaces do not make it a new address.
  expect((await postToAuthJs(request, ` ${email.toUpperCase()} `)).response.status()).toBe(429);
});

test("Auth.js's endpoint: one client gets 20 requests in 15 minutes, whatever the addresses", async ({ request }) => {
  const statuses: number[] = [];
  for (let i = 0; i < 21; i++) {
    statuses.push((await postToAuthJs(request, `client.${i}.${Date.now()}@seabourne.gov.uk`)).response.status());
  }
  expect(statuses.slice(0, 20).every((s) => s === 302)).toBe(true);
  expect(statuses[20]).toBe(429);
});

test("the sign-in form without JavaScript: the 6th request for an address gets the 429 page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = `form.${Date.now()}@seabourne.gov.uk`;
  let status = 0;
  for (let i = 0; i < 6; i++) {
    await page.goto("/admin/sign-in");
    await page.getByLabel("Email address").fill(email);
    const navigation = page.waitForNavigation();
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    status = (await navigation)?.status() ?? 0;
    if (i < 5) await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }
  expect(status).toBe(429);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Too many requests");
  await expect(page.getByText(TOO_MANY)).toBeVisible();
  await context.close();
});

test("the sign-in form with JavaScript: the 6th request for an address shows the same page", async ({ page }) => {
  const email = `script.${Date.now()}@seabourne.gov.uk`;
  for (let i = 0; i < 6; i++) {
    await page.goto("/admin/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    if (i < 5) await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Too many requests");
  await expect(page.getByText(TOO_MANY)).toBeVisible();
});

test("a known and an unknown address take the same time, even when the mail server is slow", async ({ request }) => {
  // A mail server that takes 600 ms to accept each message: if the answer waited for the email,
  // only the known address would be slow, and the difference would tell who has an account.
  const slow = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, done) {
      stream.on("data", () => {});
      stream.on("end", () => setTimeout(done, 600));
    },
  });
  await new Promise<void>((resolve) => slow.listen(smtpPort, "127.0.0.1", () => resolve()));
  try {
    const known = `known.${Date.now()}@seabourne.gov.uk`;
    await upsertUser(db, known, "editor");
    const unknown = `nobody.${Date.now()}@seabourne.gov.uk`;
    await postToAuthJs(request, `warm.${Date.now()}@seabourne.gov.uk`);
    const times: Record<string, number[]> = { known: [], unknown: [] };
    for (let i = 0; i < 5; i++) {
      for (const [kind, email] of [
        ["known", known],
        ["unknown", unknown],
      ]) {
        const { response, ms } = await postToAuthJs(request, email);
        expect(response.status()).toBe(302);
        times[kind].push(ms);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    expect(Math.abs(median(times.known) - median(times.unknown)), JSON.stringify(times)).toBeLessThan(100);
  } finally {
    await new Promise<void>((resolve) => slow.close(() => resolve()));
  }
});
