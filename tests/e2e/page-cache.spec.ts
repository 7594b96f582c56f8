// The production server's public page cache (ADR 0015) on the real site: popular pages are served
// from memory, signed-in people never are, and a change committed by another process (as the
// importer or the review job would) clears the cached results page rather than waiting for it to
// expire. How fast is measured by `npm run bench:search`, not asserted here.
import crypto from "node:crypto";
import { createSession, e2eDatabase, renameListingElsewhere, upsertUser } from "./admin-fixtures";
import { expect, test } from "./fixtures";

// What a CDN or reverse proxy is told (lib/platform/page-cache/cache-control.ts, ADR 0015).
const PUBLIC = "public, max-age=0, s-maxage=30, stale-while-revalidate=30";
const PRIVATE = "private, no-store";

/** A search word no other test (or earlier run) has asked for, in letters only so the log keeps it. */
const freshWord = (stem: string) =>
  stem + [...crypto.randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join("");

test("a results page is rendered once, then served from the cache with the same content", async ({ request }) => {
  const url = `/services?q=${freshWord("swimming ")}`; // a search no other test has made
  const first = await request.get(url);
  const second = await request.get(url);
  expect(first.headers()["x-page-cache"]).toBe("miss");
  expect(second.headers()["x-page-cache"]).toBe("hit");
  expect(await second.text()).toBe(await first.text());
  // A CDN may keep it briefly too (a browser asks again each time); see the CDN test below.
  expect(second.headers()["cache-control"]).toBe(PUBLIC);
});

test("signed-in people and the staff area never get a cached page", async ({ request }) => {
  const url = `/services?q=${freshWord("swimming ")}`;
  await request.get(url);
  expect((await request.get(url)).headers()["x-page-cache"]).toBe("hit");
  const db = await e2eDatabase();
  try {
    const token = await createSession(db, await upsertUser(db, "cache.officer@seabourne.gov.uk", "editor"));
    for (const cookie of [`authjs.session-token=${token}`, `theme=dark; authjs.session-token=${token}`]) {
      const signedIn = await request.get(url, { headers: { cookie } });
      expect(signedIn.headers()["x-page-cache"], cookie).toBeUndefined();
    }
  } finally {
    await db.end();
  }
  const admin = await request.get("/admin/sign-in");
  expect(admin.headers()["x-page-cache"]).toBeUndefined();
});

test("a made-up session cookie gets the cached page, and so does an expired session", async ({ request }) => {
  const url = `/services?q=${freshWord("swimming ")}`;
  expect((await request.get(url)).headers()["x-page-cache"]).toBe("miss");
  const db = await e2eDatabase();
  try {
    const userId = await upsertUser(db, "cache.expired@seabourne.gov.uk", "editor");
    const expired = await createSession(db, userId);
    await db.query(`UPDATE "Session" SET expires = now() - interval '1 minute' WHERE "sessionToken" = $1`, [expired]);
    for (const token of [crypto.randomBytes(32).toString("hex"), crypto.randomUUID(), "anything", expired]) {
      const response = await request.get(url, { headers: { cookie: `authjs.session-token=${token}` } });
      expect(response.headers()["x-page-cache"], token).toBe("hit");
    }
  } finally {
    await db.end();
  }
});

test("query parameters the page does not read share one cached copy", async ({ request }) => {
  const word = freshWord("swimming ");
  const url = `/services?q=${encodeURIComponent(word)}&age=5-11`;
  const first = await request.get(url);
  expect(first.headers()["x-page-cache"]).toBe("miss");
  const body = await first.text();
  const variants = [
    `${url}&zz=${crypto.randomUUID()}`,
    `${url}&zz=${crypto.randomUUID()}`,
    `${url}&utm_source=newsletter&utm_medium=email&utm_campaign=${crypto.randomUUID()}`,
    `/services?age=5-11&fbclid=${crypto.randomUUID()}&q=${encodeURIComponent(word)}`,
    `${url}&need=&cost=`,
  ];
  for (const variant of variants) {
    const response = await request.get(variant);
    expect(response.headers()["x-page-cache"], variant).toBe("hit");
    expect(await response.text()).toBe(body);
  }
  // A parameter the page does read is still a different page.
  expect((await request.get(`${url}&cost=free`)).headers()["x-page-cache"]).toBe("miss");
});

test("repeated views of a cached search are logged as one row with a count, not a row each", async ({ request }) => {
  const [warmUp, word] = [freshWord("warm"), freshWord("flood")];
  const db = await e2eDatabase();
  const rowsFor = async (q: string) => (await db.query(`SELECT views FROM "SearchLog" WHERE query = $1`, [q])).rows;
  try {
    // Start just after a batch was written, so all six views fall into the next one.
    await request.get(`/services?q=${warmUp}`);
    await expect.poll(() => rowsFor(warmUp), { timeout: 20_000, intervals: [50] }).toHaveLength(1);
    for (let i = 0; i < 6; i++) await request.get(`/services?q=${word}&zz=${i}`);
    await expect.poll(() => rowsFor(word), { timeout: 20_000 }).toEqual([{ views: 6 }]);
  } finally {
    await db.end();
  }
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

test("a CDN may keep anonymous public pages briefly, and never anything personal", async ({ request }) => {
  const url = `/services?q=${freshWord("swimming ")}&need=autism`;
  for (const [what, address] of [
    ["home", "/"],
    ["results, rendered", url],
    ["results, from the page cache", url],
    ["service page", "/services/chill-out-youth-club"],
  ]) {
    const response = await request.get(address);
    expect(response.headers()["cache-control"], what).toBe(PUBLIC);
    expect(response.headers()["vary"], what).toMatch(/\bCookie\b/);
    expect(response.headers()["set-cookie"], what).toBeUndefined();
  }
  const db = await e2eDatabase();
  try {
    const token = await createSession(db, await upsertUser(db, "cdn.officer@seabourne.gov.uk", "editor"));
    const signedIn = { cookie: `authjs.session-token=${token}` };
    // The same public page, to a signed-in person, and the staff area.
    expect((await request.get(url, { headers: signedIn })).headers()["cache-control"]).toBe(PRIVATE);
    const staff = await request.get("/admin", { headers: signedIn, maxRedirects: 0 });
    expect(staff.status()).toBe(200);
    expect(staff.headers()["cache-control"]).toBe(PRIVATE);
  } finally {
    await db.end();
  }
  // A made-up session cookie still gets the in-process copy, but no shared cache may keep the answer.
  await request.get(url);
  const madeUp = await request.get(url, { headers: { cookie: `authjs.session-token=${crypto.randomUUID()}` } });
  expect(madeUp.headers()["x-page-cache"]).toBe("hit");
  expect(madeUp.headers()["cache-control"]).toBe(PRIVATE);

  // Forms, sign-in and anything that sets a cookie; errors; the client router's payloads.
  const csrf = await request.get("/api/auth/csrf");
  expect(csrf.headers()["set-cookie"]).toBeTruthy();
  expect(csrf.headers()["cache-control"]).toBe(PRIVATE);
  for (const address of ["/admin/sign-in", "/add-your-service", "/services/no-such-service-at-all", "/no-such-page"])
    expect((await request.get(address)).headers()["cache-control"], address).toBe(PRIVATE);
  const payload = await request.get(url, { headers: { RSC: "1" } });
  expect(payload.headers()["cache-control"]).toBe(PRIVATE);

  // Next.js's built files never change under one name.
  const html = await (await request.get("/")).text();
  const script = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(script).toBeTruthy();
  expect((await request.get(script!)).headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});
