// What every Open Referral UK response shares: open to any origin (read-only, public data),
// short public caching, a per-client rate limit, and plain JSON errors.
import "server-only";
import { clientAddress } from "@/lib/platform/client-address";
import { hitRateLimits } from "@/lib/platform/rate-limit/mutations";
import { keyPart, type RateDecision, type RateRule } from "@/lib/platform/rate-limit/windows";

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
/** The CSV export reads every published listing: a far lower allowance than the paged API. */
export const DEFAULT_EXPORT_RATE_LIMIT_PER_HOUR = 30;

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, Accept",
  "Access-Control-Max-Age": "86400",
};

/** Limits counted in PostgreSQL (shared by every server), per client address; 0 turns one off. */
function limitsFor(request: Request, kind: "api" | "export"): RateRule[] {
  const client = keyPart(clientAddress(request.headers));
  if (kind === "export") {
    const perHour = Number(process.env.ORUK_EXPORT_RATE_LIMIT_PER_HOUR ?? DEFAULT_EXPORT_RATE_LIMIT_PER_HOUR);
    return perHour > 0 ? [{ key: `oruk-export:${client}`, limit: perHour, windowSeconds: 3600 }] : [];
  }
  const perMinute = Number(process.env.ORUK_RATE_LIMIT_PER_MINUTE ?? DEFAULT_RATE_LIMIT_PER_MINUTE);
  return perMinute > 0 ? [{ key: `oruk:${client}`, limit: perMinute, windowSeconds: 60 }] : [];
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

/** Wraps a handler with the rate limit (`export`: the CSV export's own) and a plain 500 for anything unexpected. */
export function orukRoute<C>(
  handler: (request: Request, context: C) => Promise<Response>,
  kind: "api" | "export" = "api",
) {
  return async (request: Request, context: C): Promise<Response> => {
    const rules = limitsFor(request, kind);
    const decision: RateDecision | undefined = rules.length ? await hitRateLimits(rules) : undefined;
    if (decision && !decision.allowed) {
      return orukError(429, `Too many requests: wait ${decision.retryAfterSeconds} seconds and try again.`, {
        "Retry-After": String(decision.retryAfterSeconds),
      });
    }
    try {
      const response = await handler(request, context);
      if (decision && Number.isFinite(decision.remaining))
        response.headers.set("RateLimit-Remaining", String(decision.remaining));
      return response;
    } catch (error) {
      console.error("Open Referral API error", error);
      return orukError(500, "Something went wrong on our side. Try again in a few minutes.");
    }
  };
}
