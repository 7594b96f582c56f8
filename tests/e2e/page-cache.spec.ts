// The production server's public page cache (ADR 0015) on the real site: popular pages are served
// from memory, signed-in people never are, and a change committed by another process (as the
// importer or the review job would) clears the cached results page rather than waiting for it to
// expire. How fast is measured by `npm run bench:search`, not asserted here.
import { renameListingElsewhere } from "./admin-fixtures";
import { expect, test } from "./fixtures";

test("a results page is rendered once, then served from the cache with the same content", async ({ request }) => {
  const url = `/services?q=swimming&v=${Date.now()}`; // a URL no other test has asked for
  const first = await request.get(url);
  const second = await request.get(url);
  expect(first.headers()["x-page-cache"]).toBe("miss");
  expect(second.headers()["x-page-cache"]).toBe("hit");
  expect(await second.text()).toBe(await first.text());
  // Browsers and shared proxies are still told not to keep it.
  expect(second.headers()["cache-control"]).toContain("no-store");
});

test("signed-in people and the staff area never get a cached page", async ({ request }) => {
  const url = `/services?q=swimming&v=${Date.now()}`;
  await request.get(url);
  const signedIn = await request.get(url, { headers: { cookie: "authjs.session-token=anything" } });
  expect(signedIn.headers()["x-page-cache"]).toBeUndefined();
  const admin = await request.get("/admin/sign-in");
  expect(admin.headers()["x-page-cache"]).toBeUndefined();
});

test("a change committed elsewhere shows on a cached results page long before the cache would expire", async ({
  page,
  request,
}) => {
  const word = `axolotl${Date.now().toString(36)}`;
  const url = `/services?q=${word}`;
  // Cached as "no results" before the change: only clearing the cache can show the listing.
  await request.get(url);
  expect((await request.get(url)).headers()["x-page-cache"]).toBe("hit");

  await renameListingElsewhere("chill-out-youth-club", `Chill Out youth club ${word}`);
  const changedAt = Date.now();
  try {
    // The cache keeps pages for 60 s: seeing the change well inside that means the change cleared it.
    await expect
      .poll(async () => (await request.get(url)).text(), { timeout: 20_000, intervals: [50] })
      .toContain(`Chill Out youth club ${word}`);
    test.info().annotations.push({ type: "edit to results page", description: `${Date.now() - changedAt} ms` });
    await page.goto(url);
    await expect(page.getByRole("link", { name: `Chill Out youth club ${word}` })).toBeVisible();
  } finally {
    await renameListingElsewhere("chill-out-youth-club", "Chill Out youth club");
  }
});
