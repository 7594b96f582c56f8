// Sign-in flooding and account probing: at most 5 requests for a link per email address and 20 per
// client in 15 minutes, on the site's own form and on Auth.js's endpoint alike, counted in
// PostgreSQL so the limits hold across servers. Over a limit, a plain 429 page.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/platform/client-address";
import { hitRateLimits } from "@/lib/platform/rate-limit/mutations";
import { tooManyRequestsPage } from "@/lib/platform/rate-limit/too-many-page";
import { keyPart, minutesToWait, type RateDecision } from "@/lib/platform/rate-limit/windows";

export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const SIGN_IN_LIMIT_PER_ADDRESS = 5;
export const SIGN_IN_LIMIT_PER_CLIENT = 20;
/** Where a server action sends the person over the limit: a route handler that answers 429. */
export const TOO_MANY_SIGN_IN_REQUESTS_PATH = "/admin/sign-in/too-many-requests";

export function limitSignInRequest(email: string, client: string): Promise<RateDecision> {
  return hitRateLimits([
    {
      key: `sign-in:client:${keyPart(client)}`,
      limit: SIGN_IN_LIMIT_PER_CLIENT,
      windowSeconds: SIGN_IN_WINDOW_SECONDS,
    },
    {
      key: `sign-in:address:${keyPart(email)}`,
      limit: SIGN_IN_LIMIT_PER_ADDRESS,
      windowSeconds: SIGN_IN_WINDOW_SECONDS,
    },
  ]);
}

/**
 * The site's form (a server action): over the limit, redirect to the 429 page. A server action
 * cannot set its response's status, but its redirect is a 303 without JavaScript and a full page
 * load with it (the target is not a React page), so both end on the 429 answer.
 */
export async function redirectIfSignInFlooded(email: string): Promise<void> {
  const decision = await limitSignInRequest(email, clientAddress(await headers()));
  if (!decision.allowed)
    redirect(`${TOO_MANY_SIGN_IN_REQUESTS_PATH}?minutes=${minutesToWait(decision.retryAfterSeconds)}`);
}

/** Auth.js's own endpoint (`POST /api/auth/signin/email`): the 429 page itself, or undefined to go on. */
export async function refuseFloodedAuthJsSignIn(request: Request): Promise<Response | undefined> {
  if (!new URL(request.url).pathname.includes("/signin/")) return undefined;
  const decision = await limitSignInRequest(await postedEmail(request), clientAddress(request.headers));
  return decision.allowed ? undefined : tooManyRequestsPage(decision.retryAfterSeconds);
}

/** The address as Auth.js will read it: form-encoded or JSON (it reads no other body). */
async function postedEmail(request: Request): Promise<string> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) {
      const body = (await request.clone().json()) as { email?: unknown };
      return typeof body?.email === "string" ? body.email : "";
    }
    if (type.includes("application/x-www-form-urlencoded"))
      return new URLSearchParams(await request.clone().text()).get("email") ?? "";
  } catch {
    // A body that does not parse has no address; the client's own limit still counts it.
  }
  return "";
}
