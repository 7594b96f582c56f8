// After signing in, people go back to the page they came from (`next`), but never to another site:
// a link like /admin/sign-in?next=/%5Cevil.example must not bounce an officer to a look-alike
// site. Checked on the real site, for someone already signed in (the page redirects at once) and
// through the whole emailed-link journey.
import type pg from "pg";
import { baseURL } from "../../playwright.config";
import { expect, test } from "./fixtures";
import { createSession, e2eDatabase, magicLink, startSmtp, upsertUser, type Smtp } from "./admin-fixtures";

// As they would appear in the address bar: encoded, raw, and with tabs and newlines browsers drop.
const BAD_NEXT = [
  "/%5Cevil.example",
  "//evil.example",
  "/\\evil.example",
  "https://evil.example",
  "/%2F%2Fevil.example",
  "%2F%2Fevil.example",
  "/%5C%5Cevil.example",
  "/%09/evil.example",
  "/%0A/evil.example",
  "/%0D%0A/evil.example",
  "%09//evil.example",
];

let db: pg.Client;
let smtp: Smtp;
const email = "redirect.check@seabourne.gov.uk";

test.beforeAll(async () => {
  db = await e2eDatabase();
  smtp = await startSmtp();
});
test.afterAll(async () => {
  await smtp.close();
  await db.end();
});

/** Where a browser goes from a response: its Location header, or Next's refresh tag once streaming has begun. */
function redirectTarget(status: number, headers: Record<string, string>, html: string): URL | undefined {
  if (status >= 300 && status < 400 && headers.location) return new URL(headers.location, baseURL);
  const refresh = /<meta[^>]*http-equiv="refresh"[^>]*content="\d+;\s*url=([^"]*)"/i.exec(html)?.[1];
  return refresh ? new URL(refresh.replace(/&amp;/g, "&"), baseURL) : undefined;
}

test("someone already signed in is sent to a page on this site, whatever next says", async ({ request }) => {
  const userId = await upsertUser(db, email, "editor");
  const cookie = `authjs.session-token=${await createSession(db, userId)}`;
  for (const next of BAD_NEXT) {
    const response = await request.get(`/admin/sign-in?next=${next}`, { headers: { cookie }, maxRedirects: 0 });
    const target = redirectTarget(response.status(), response.headers(), await response.text());
    expect(target, `a redirect for next=${next}`).toBeDefined();
    expect(target!.origin, `next=${next} led to ${target!.href}`).toBe(new URL(baseURL).origin);
  }
  // A real page on this site is still followed.
  const ok = await request.get("/admin/sign-in?next=/admin/listings", { headers: { cookie }, maxRedirects: 0 });
  expect(redirectTarget(ok.status(), ok.headers(), await ok.text())?.pathname).toBe("/admin/listings");
});

test("the emailed link's journey ends on this site when next points elsewhere", async ({ page }) => {
  test.setTimeout(90_000);
  await upsertUser(db, email, "editor");
  const offSite: string[] = [];
  // Nothing may leave localhost; a request that tries is recorded and stopped.
  await page.route(
    (url) => url.hostname !== "localhost",
    (route) => {
      offSite.push(route.request().url());
      return route.abort();
    },
  );
  for (const next of ["/%5Cevil.example", "https://evil.example"]) {
    await page.context().clearCookies();
    const since = smtp.inbox.length;
    await page.goto(`/admin/sign-in?next=${next}`);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: /sign-in link/ }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await page.goto(magicLink(await smtp.waitFor(email, /sign in/i, since)));
    // A page with a "Sign in" button keeps mail scanners from using the link up; press it when it is there.
    const button = page.getByRole("button", { name: /^sign in$/i });
    if (await button.isVisible().catch(() => false)) await button.click();
    await page.waitForLoadState("load");
    expect(offSite, `next=${next}`).toEqual([]);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL).origin);
  }
});
