// Fixed-window rate limits, the pure part: which window a moment falls in, whether a set of counts
// is over its limits, and how long to wait, in plain words. The counting is in mutations.ts.

/** At most `limit` requests for `key` in each window of `windowSeconds` (windows start on the epoch). */
export type RateRule = { key: string; limit: number; windowSeconds: number };
export type RateDecision = { allowed: boolean; remaining: number; retryAfterSeconds: number };

export function windowStart(now: Date, windowSeconds: number): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

/** Whole seconds until the window that holds `now` ends (at least 1). */
export function secondsLeftInWindow(now: Date, windowSeconds: number): number {
  const end = windowStart(now, windowSeconds).getTime() + windowSeconds * 1000;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

/** `hits[i]` is the count for `rules[i]`, this request included. Over any limit: wait for the latest. */
export function decide(rules: RateRule[], hits: number[], now: Date): RateDecision {
  let retryAfterSeconds = 0;
  let remaining = Infinity;
  rules.forEach((rule, i) => {
    remaining = Math.min(remaining, rule.limit - hits[i]);
    if (hits[i] > rule.limit)
      retryAfterSeconds = Math.max(retryAfterSeconds, secondsLeftInWindow(now, rule.windowSeconds));
  });
  return { allowed: retryAfterSeconds === 0, remaining: Math.max(0, remaining), retryAfterSeconds };
}

/** A client's or an address's part of a key: trimmed, lower case, and never longer than an email can be. */
export function keyPart(value: string): string {
  return value.trim().toLowerCase().slice(0, 320);
}

export function minutesToWait(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

export function tooManyRequestsMessage(retryAfterSeconds: number): string {
  const minutes = minutesToWait(retryAfterSeconds);
  return `Too many requests — try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
