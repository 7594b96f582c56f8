// Rate limits counted in PostgreSQL, so they hold across every web server and survive restarts:
// one row per key and fixed window, bumped by a single atomic upsert that returns the new count
// (concurrent requests queue on the row's lock, so exactly `limit` get through).
import "server-only";
import { db } from "@/lib/platform/db";
import { log } from "@/lib/platform/logging/logger";
import { decide, windowStart, type RateDecision, type RateRule } from "./windows";

/** The longest window is a day (suggestions per listing); a day after it started, it has ended. */
const KEEP_BUCKETS_MS = 24 * 60 * 60 * 1000;

/**
 * Counts one request against every rule (keys must differ) and says whether it may go ahead.
 * If the database cannot count, the request goes ahead: a limiter must not lock everyone out.
 */
export async function hitRateLimits(rules: RateRule[], now = new Date()): Promise<RateDecision> {
  if (rules.length === 0) return { allowed: true, remaining: Infinity, retryAfterSeconds: 0 };
  const keys = rules.map((r) => r.key);
  // timestamp(3) without time zone holds UTC, as Prisma writes it: the ISO text's "Z" is dropped.
  const starts = rules.map((r) => windowStart(now, r.windowSeconds).toISOString());
  try {
    const counted = await db().$queryRaw<{ key: string; hits: number }[]>`
      INSERT INTO "RateLimitBucket" (key, "windowStart", hits)
      SELECT k, w::timestamp(3), 1 FROM unnest(${keys}::text[], ${starts}::text[]) AS t(k, w)
      ON CONFLICT (key, "windowStart") DO UPDATE SET hits = "RateLimitBucket".hits + 1
      RETURNING key, hits`;
    const hits = new Map(counted.map((row) => [row.key, Number(row.hits)]));
    return decide(
      rules,
      keys.map((k) => hits.get(k) ?? 0),
      now,
    );
  } catch (error) {
    log.error({ err: error }, "Rate limit could not be counted; letting the request through.");
    return { allowed: true, remaining: 0, retryAfterSeconds: 0 };
  }
}

/** Scheduled clean-up (npm run jobs:run): windows that started more than a day before `now`. */
export async function deleteOldRateLimitBuckets(now = new Date()): Promise<number> {
  const { count } = await db().rateLimitBucket.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - KEEP_BUCKETS_MS) } },
  });
  return count;
}
