// What every Open Referral UK response shares: open to any origin (read-only, public data),
// short public caching, a per-client rate limit, and plain JSON errors.
import { RateLimiter } from "./rate-limit";

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, Accept",
  "Access-Control-Max-Age": "86400",
};

const globalForLimiter = globalThis as unknown as { orukLimiter?: { limiter: RateLimiter; perMinute: number } };

function limiter(): RateLimiter | undefined {
  const perMinute = Number(process.env.ORUK_RATE_LIMIT_PER_MINUTE ?? DEFAULT_RATE_LIMIT_PER_MINUTE);
  if (!(perMinute > 0)) return undefined; // 0 turns the limit off (e.g. behind a proxy that limits)
  if (globalForLimiter.orukLimiter?.perMinute !== perMinute)
    globalForLimiter.orukLimiter = { limiter: new RateLimiter(perMinute), perMinute };
  return globalForLimiter.orukLimiter.limiter;
}

/** The client's address as the nearest proxy reports it; all unknown clients share one bucket. */
function clientOf(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || "unknown";
}

export function orukJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, {
    status,
    headers: { ...CORS, "Cache-Control": status === 200 ? "public, max-age=60" : "no-store", ...headers },
  });
}

export const orukError = (status: number, message: string, headers: Record<string, string> = {}) =>
  orukJson({ error: message }, status, headers);

export function orukOptions(): Response {
  return new Response(null, { status: 204, headers: CORS });
}

export const CORS_HEADERS = CORS;

/** Wraps a handler with the rate limit and a plain 500 for anything unexpected. */
export function orukRoute<C>(handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    const decision = limiter()?.take(clientOf(request));
    if (decision && !decision.allowed) {
      return orukError(429, `Too many requests: wait ${decision.retryAfterSeconds} seconds and try again.`, {
        "Retry-After": String(decision.retryAfterSeconds),
      });
    }
    try {
      const response = await handler(request, context);
      if (decision) response.headers.set("RateLimit-Remaining", String(decision.remaining));
      return response;
    } catch (error) {
      console.error("Open Referral API error", error);
      return orukError(500, "Something went wrong on our side. Try again in a few minutes.");
    }
  };
}
