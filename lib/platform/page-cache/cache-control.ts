// What browsers, CDNs and reverse proxies may keep (docs/decisions/0015-public-page-cache.md): the one
// rule for every response of the production server (scripts/serve.ts). Anonymous public pages may sit
// in a shared cache for a short time; anything to a signed-in person, anything that sets a cookie,
// every form, the staff and provider areas and every error stay private and unstored. Next.js's
// built files never change under one name, so they are kept for a year.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { hasShortlist, pageCacheKey, sessionTokens } from "./http";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export const PRIVATE = "private, no-store";
export const IMMUTABLE = "public, max-age=31536000, immutable";

/** How long a shared cache may keep an anonymous public page, and serve it stale while it asks again. */
export type SharedCacheSeconds = { fresh: number; stale: number };

export function sharedCacheSeconds(env: Record<string, string | undefined> = process.env): SharedCacheSeconds {
  const fresh = env.CDN_CACHE_SECONDS === undefined ? 30 : Number(env.CDN_CACHE_SECONDS);
  const seconds = Number.isFinite(fresh) && fresh > 0 ? Math.floor(fresh) : 0;
  return { fresh: seconds, stale: seconds };
}

export type CacheRequest = Pick<IncomingMessage, "method" | "url" | "headers">;
export type CacheResponse = { status: number; contentType: string; setsCookie: boolean };
/** The Cache-Control to send, and the request headers the answer depends on (for Vary). */
export type CacheDecision = { cacheControl: string; vary?: string[] };

/**
 * The caching rule, as a pure function of the request and the finished response's status and
 * headers. `undefined` leaves the handler's own header (files from public/, images, the ORUK API's
 * short public caching of public data).
 */
export function decideCacheControl(
  req: CacheRequest,
  res: CacheResponse,
  seconds: SharedCacheSeconds = sharedCacheSeconds(),
): CacheDecision | undefined {
  const path = (req.url ?? "/").split("?")[0];
  const read = req.method === "GET" || req.method === "HEAD";
  // A cookie set for one visitor must never be handed to the next; nor a POST's answer, or an error.
  if (res.setsCookie || !read || res.status >= 400) return { cacheControl: PRIVATE };
  if (path.startsWith("/_next/static/")) return res.status === 200 ? { cacheControl: IMMUTABLE } : undefined;
  if (isPublicPage(req) && res.status === 200 && res.contentType.startsWith("text/html")) {
    const cookie = req.headers.cookie;
    if (sessionTokens(cookie).length || hasShortlist(cookie) || !seconds.fresh) return { cacheControl: PRIVATE };
    // max-age=0: a browser's own copy cannot be cleared, so a person who signs in or has just made an
    // edit asks again; CDNs keep one shared copy briefly. Vary: Cookie, because the same address
    // differs for a signed-in person (the page still varies by what Next.js names, kept alongside).
    return {
      cacheControl: `public, max-age=0, s-maxage=${seconds.fresh}, stale-while-revalidate=${seconds.stale}`,
      vary: ["Cookie"],
    };
  }
  // Pages, the client router's payloads, the staff and provider areas, sign-in and health checks.
  if (isDocumentOrData(path, res.contentType)) return { cacheControl: PRIVATE };
  return undefined;
}

/** The anonymous public pages (the same ones the in-process cache keeps; the router's payloads excluded). */
function isPublicPage(req: CacheRequest): boolean {
  return pageCacheKey({ method: "GET", url: req.url, headers: req.headers }) !== undefined;
}

function isDocumentOrData(path: string, contentType: string): boolean {
  if (path.startsWith("/api/oruk/")) return false; // public data with its own short caching (lib/oruk/http.ts)
  if (path.startsWith("/api/") || path.startsWith("/admin")) return true;
  return /^(text\/html|text\/x-component|application\/json|text\/csv|text\/plain)/.test(contentType);
}

/** Sets Cache-Control (and Vary) just before the headers go, whichever way they are sent. */
export function withCacheControl(handle: Handler, seconds = sharedCacheSeconds()): Handler {
  return (req, res) => {
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      const headers = rest.find((r) => typeof r === "object" && r !== null);
      applyHeaders(res, headers as OutgoingHttpHeaders | unknown[] | undefined);
      res.statusCode = status;
      if (typeof rest[0] === "string") res.statusMessage = rest[0];
      const decision = decideCacheControl(req, responseOf(res), seconds);
      if (decision) res.setHeader("Cache-Control", decision.cacheControl);
      if (decision?.vary) res.setHeader("Vary", mergeVary(res.getHeader("vary"), decision.vary));
      return writeHead(status);
    }) as ServerResponse["writeHead"];
    return handle(req, res);
  };
}

function responseOf(res: ServerResponse): CacheResponse {
  return {
    status: res.statusCode,
    contentType: String(res.getHeader("content-type") ?? "").toLowerCase(),
    setsCookie: res.getHeader("set-cookie") !== undefined,
  };
}

export function mergeVary(current: unknown, add: string[]): string {
  const names = String(current ?? "")
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  for (const name of add) if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  return names.join(", ");
}

function applyHeaders(res: ServerResponse, headers: OutgoingHttpHeaders | unknown[] | undefined): void {
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
  } else if (headers) {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
  }
}
