// Security headers on every kind of response the real site sends, and a Content-Security-Policy
// strict enough to matter (no 'unsafe-inline' scripts) that still lets the site's own scripts run,
// including on pages served from the page cache.
import type { APIResponse, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const REQUIRED_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  for (const directive of REQUIRED_DIRECTIVES) expect(policy, `${what}: ${directive}`).toContain(directive);
  expect(policy, what).toMatch(/script-src 'self'/);
  expect(policy, `${what}: inline scripts only by hash`).not.toContain("unsafe-inline");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  // The tests run the site on http://localhost: HSTS would be wrong there (it is sent for https).
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

test("every kind of response carries the security headers", async ({ request }) => {
  const responses: [string, APIResponse][] = [
    ["home", await request.get("/")],
    ["results", await request.get("/services?q=autism")],
    ["service page", await request.get("/services/chill-out-youth-club")],
    ["static page", await request.get("/about")],
    ["sign-in", await request.get("/admin/sign-in")],
    ["staff area, signed out", await request.get("/admin", { maxRedirects: 0 })],
    ["API", await request.get("/api/oruk/services?per_page=1")],
    ["health", await request.get("/api/health")],
    ["auth endpoint", await request.get("/api/auth/session")],
    ["missing page", await request.get("/services/no-such-service-at-all")],
    ["missing route", await request.get("/no-such-page")],
    ["script file", await request.get("/favicon.ico")],
  ];
  for (const [what, response] of responses) expectSecurityHeaders(response, `${what} (${response.status()})`);
  expect(responses.find(([what]) => what === "missing page")![1].status()).toBe(404);
});

test("a page served from the cache carries the policy made for its own scripts", async ({ request }) => {
  const url = `/services?q=speech&page=${Date.now() % 1000}`;
  const first = await request.get(url);
  const second = await request.get(url);
  expect(second.headers()["x-page-cache"]).toBe("hit");
  expectSecurityHeaders(second, "cached results page");
  expect(second.headers()["content-security-policy"]).toBe(first.headers()["content-security-policy"]);
  expect(second.headers()["content-security-policy"]).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
});

/** Collects Content-Security-Policy violations the page reports, from the document and the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/content security policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sample})`,
      ),
    );
  });
  return violations;
}

/** True when the last link click or form post was handled without a page load (the page's scripts run). */
async function markDocument(page: Page) {
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
}
const stillSameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

/**
 * Waits until React has hydrated the page: it marks the DOM nodes it takes over. Hydration needs every
 * script Next.js sends, the inline ones that carry the page's data included, so a policy that blocked
 * any of them would leave the page unmarked. (Public links are plain links, ADR 0027, so a click is
 * a page load and cannot show this.)
 */
async function expectHydrated(page: Page, what: string) {
  const hydrated = await page
    .waitForFunction(
      () => Object.keys(document.querySelector("main h1") ?? {}).some((key) => key.startsWith("__reactFiber")),
      undefined,
      { timeout: 10_000 },
    )
    .then(() => true)
    .catch(() => false);
  expect(hydrated, `React hydrated ${what}`).toBe(true);
}

test("the site's scripts run under the policy, on fresh and cached pages", async ({ page }) => {
  test.skip(test.info().project.use.javaScriptEnabled === false, "about scripts running");
  const violations = await watchViolations(page);
  // The second visit is served from the page cache: its policy must allow that copy's scripts.
  for (const visit of ["first", "second"]) {
    const response = await page.goto("/services?q=youth");
    if (visit === "second") expect(response?.headers()["x-page-cache"]).toBe("hit");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find services");
    await expectHydrated(page, `the results page on the ${visit} visit`);
  }

  // The service page also carries JSON-LD; the sign-in form works with scripts.
  await page.goto("/services/chill-out-youth-club");
  await page.goto("/admin/sign-in");
  await markDocument(page);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  expect(await stillSameDocument(page), "the form was checked without a page load").toBe(true);

  expect(violations).toEqual([]);
});
