// The Open Referral API's limit counts the real client, not what the client says it is: with no
// TRUSTED_PROXIES (the site here), a different forged X-Forwarded-For on every request changes
// nothing. The CSV export, the heaviest answer, has its own lower limit. Against the real site.
import type pg from "pg";
import { e2eDatabase, forgetRateLimits, waitForFreshWindow } from "./admin-fixtures";
import { expect, test } from "./fixtures";

let db: pg.Client;
test.beforeAll(async () => {
  db = await e2eDatabase();
  await forgetRateLimits(db);
});
test.afterEach(async () => {
  // The next spec's API calls start with a full allowance.
  await forgetRateLimits(db);
});
test.afterAll(async () => {
  await db?.end();
});

test("700 API requests, each with a different forged X-Forwarded-For, are limited (600 a minute)", async ({
  request,
}) => {
  test.setTimeout(120_000);
  await waitForFreshWindow(60, 40); // all 700 inside one minute's count
  const statuses: number[] = [];
  let retryAfter: string | undefined;
  for (let batch = 0; batch < 70; batch++) {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => {
        const n = batch * 10 + i;
        const forged = `203.0.${Math.floor(n / 250)}.${(n % 250) + 1}, 198.51.100.${(n % 250) + 1}`;
        return request.get("/api/oruk", { headers: { "x-forwarded-for": forged, "x-real-ip": forged } });
      }),
    );
    for (const r of responses) {
      statuses.push(r.status());
      if (r.status() === 429) retryAfter ??= r.headers()["retry-after"];
    }
  }
  expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(600);
  expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(100);
  expect(Number(retryAfter)).toBeGreaterThan(0);
  expect(Number(retryAfter)).toBeLessThanOrEqual(60);
});

test("the CSV export has its own lower limit: 30 an hour per client", async ({ request }) => {
  test.setTimeout(120_000);
  await waitForFreshWindow(3600, 40);
  const statuses: number[] = [];
  let limited: { retryAfter?: string; body: string } | undefined;
  for (let i = 0; i < 31; i++) {
    const r = await request.get("/api/oruk/export.csv", { headers: { "x-forwarded-for": `192.0.2.${i + 1}` } });
    statuses.push(r.status());
    if (r.status() === 429) limited = { retryAfter: r.headers()["retry-after"], body: await r.text() };
  }
  expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
  expect(statuses[30]).toBe(429);
  expect(Number(limited?.retryAfter)).toBeGreaterThan(0);
  expect(limited?.body).toContain("Too many requests");
  // The rest of the API is not held up by the export's limit.
  expect((await request.get("/api/oruk")).status()).toBe(200);
});
