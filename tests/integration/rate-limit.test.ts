// The rate limiter kept in PostgreSQL (lib/platform/rate-limit/): fixed windows counted with one
// atomic upsert, so every web server sees the same counts and concurrent requests never slip past.
// Then the Open Referral API on it: the client is the address the server saw, not a forgeable header.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acceptClientAddressHeader } from "@/lib/platform/client-address";
import { db } from "@/lib/platform/db";
import { deleteOldRateLimitBuckets, hitRateLimits } from "@/lib/platform/rate-limit/mutations";
import { call } from "@/tests/fixtures/oruk/api-client";

const at = (iso: string) => new Date(iso);

describe("hitRateLimits", () => {
  it("counts per key in fixed windows and says how long to wait", async () => {
    const rule = { key: "test:one", limit: 3, windowSeconds: 900 };
    const now = at("2028-03-01T10:05:00Z"); // the window is 10:00–10:15
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await hitRateLimits([rule], now));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions[2].remaining).toBe(0);
    expect(decisions[3].retryAfterSeconds).toBe(600);
    // Another key has its own count; the next window starts again.
    expect((await hitRateLimits([{ ...rule, key: "test:two" }], now)).allowed).toBe(true);
    expect((await hitRateLimits([rule], at("2028-03-01T10:15:00Z"))).allowed).toBe(true);
    const rows = await db().rateLimitBucket.findMany({ where: { key: "test:one" }, orderBy: { windowStart: "asc" } });
    expect(rows.map((r) => [r.windowStart.toISOString(), r.hits])).toEqual([
      ["2028-03-01T10:00:00.000Z", 4],
      ["2028-03-01T10:15:00.000Z", 1],
    ]);
  });

  it("refuses when any of several limits is reached, waiting for the latest of them", async () => {
    const now = at("2028-03-01T10:59:30Z");
    const rules = [
      { key: "test:minute", limit: 100, windowSeconds: 60 },
      { key: "test:hour", limit: 1, windowSeconds: 3600 },
    ];
    expect((await hitRateLimits(rules, now)).allowed).toBe(true);
    const refused = await hitRateLimits(rules, now);
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 30 });
  });

  it("lets exactly the limit through when 40 requests arrive at once", async () => {
    const rule = { key: "test:burst", limit: 10, windowSeconds: 60 };
    const now = new Date();
    const decisions = await Promise.all(Array.from({ length: 40 }, () => hitRateLimits([rule], now)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
  });

  it("deletes windows that ended long ago, keeping the current ones", async () => {
    await hitRateLimits([{ key: "test:old", limit: 5, windowSeconds: 60 }], at("2028-03-01T08:00:00Z"));
    await hitRateLimits([{ key: "test:new", limit: 5, windowSeconds: 60 }], at("2028-03-02T08:00:00Z"));
    expect(await deleteOldRateLimitBuckets(at("2028-03-02T08:00:30Z"))).toBe(1);
    expect((await db().rateLimitBucket.findMany()).map((r) => r.key)).toEqual(["test:new"]);
  });
});

it("npm run jobs:run deletes counts older than a day", async () => {
  await hitRateLimits([{ key: "test:yesterday", limit: 5, windowSeconds: 900 }], at("2028-03-01T08:00:00Z"));
  await hitRateLimits([{ key: "test:today", limit: 5, windowSeconds: 900 }], at("2028-03-02T08:50:00Z"));
  const { stdout } = await promisify(execFile)(
    "node_modules/.bin/tsx",
    ["--conditions=react-server", "scripts/jobs-run.ts", "--now", "2028-03-02T09:00:00Z"],
    { env: { ...process.env, SMTP_URL: "" } },
  );
  expect(stdout).toContain("Rate limits: 1 counts older than a day deleted.");
  expect((await db().rateLimitBucket.findMany()).map((r) => r.key)).toEqual(["test:today"]);
});

describe("the Open Referral API's limit", () => {
  afterEach(() => {
    delete process.env.TRUSTED_PROXIES;
  });
  // As scripts/serve.ts does: the socket's address in x-client-ip, which it sets on every request.
  acceptClientAddressHeader();
  const from = (socket: string, headers: Record<string, string> = {}) =>
    call("/api/oruk", { "x-client-ip": socket, ...headers });
  // The API counts in minutes that start on the clock: begin each test well inside one.
  beforeEach(async () => {
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
  });

  it("counts the address the server saw, whatever X-Forwarded-For claims", async () => {
    process.env.ORUK_RATE_LIMIT_PER_MINUTE = "3";
    for (let i = 0; i < 3; i++)
      expect((await from("203.0.113.9", { "x-forwarded-for": `10.0.0.${i}` })).status).toBe(200);
    const limited = await from("203.0.113.9", { "x-forwarded-for": "10.9.9.9", "x-real-ip": "10.8.8.8" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("access-control-allow-origin")).toBe("*");
    expect((await from("198.51.100.7")).status).toBe(200);
  });

  it("behind a trusted proxy, counts the right-most address the proxy did not add itself", async () => {
    process.env.ORUK_RATE_LIMIT_PER_MINUTE = "2";
    process.env.TRUSTED_PROXIES = "10.0.0.0/8";
    const viaProxy = (xff: string) => from("10.0.0.2", { "x-forwarded-for": xff });
    // The client forged a first hop; the proxy appended the address it really saw.
    expect((await viaProxy("1.1.1.1, 192.0.2.50")).status).toBe(200);
    expect((await viaProxy("2.2.2.2, 192.0.2.50")).status).toBe(200);
    expect((await viaProxy("3.3.3.3, 192.0.2.50")).status).toBe(429);
    expect((await viaProxy("192.0.2.51")).status).toBe(200);
  });

  it("gives the CSV export its own, lower limit", async () => {
    process.env.ORUK_RATE_LIMIT_PER_MINUTE = "600";
    process.env.ORUK_EXPORT_RATE_LIMIT_PER_HOUR = "2";
    const exportFrom = () => call("/api/oruk/export.csv", { "x-client-ip": "203.0.113.20" });
    expect((await exportFrom()).status).toBe(200);
    expect((await exportFrom()).status).toBe(200);
    const limited = await exportFrom();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(60);
    expect((await from("203.0.113.20")).status).toBe(200);
    delete process.env.ORUK_EXPORT_RATE_LIMIT_PER_HOUR;
  });
});
