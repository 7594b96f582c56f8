// A per-client token bucket kept in this server's memory: enough to stop one careless client
// (a loop without a pause) from slowing the directory for families. Each server process counts
// on its own; behind several processes or a CDN, rate-limit at the proxy instead (ADR 0007).
export type Bucket = { tokens: number; updatedAt: number };
export type RateDecision = { allowed: boolean; remaining: number; retryAfterSeconds: number };

export class RateLimiter {
  private buckets = new Map<string, Bucket>();
  constructor(
    private perMinute: number,
    private maxClients = 10_000,
  ) {}

  take(client: string, now = Date.now()): RateDecision {
    const rate = this.perMinute / 60_000;
    const b = this.buckets.get(client) ?? { tokens: this.perMinute, updatedAt: now };
    b.tokens = Math.min(this.perMinute, b.tokens + (now - b.updatedAt) * rate);
    b.updatedAt = now;
    if (!this.buckets.has(client)) this.remember(client, b, now);
    if (b.tokens < 1)
      return { allowed: false, remaining: 0, retryAfterSeconds: Math.ceil((1 - b.tokens) / rate / 1000) };
    b.tokens -= 1;
    return { allowed: true, remaining: Math.floor(b.tokens), retryAfterSeconds: 0 };
  }

  // Full buckets carry no information, so they are the ones dropped when memory runs short.
  private remember(client: string, b: Bucket, now: number) {
    if (this.buckets.size >= this.maxClients) {
      for (const [key, old] of this.buckets) {
        if (old.tokens + (now - old.updatedAt) * (this.perMinute / 60_000) >= this.perMinute) this.buckets.delete(key);
      }
      if (this.buckets.size >= this.maxClients) this.buckets.delete(this.buckets.keys().next().value as string);
    }
    this.buckets.set(client, b);
  }
}
