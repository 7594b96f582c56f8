// Serves anonymous visitors' public pages from the page cache, in front of Next.js's request
// handler. Only whole-document GETs of the pages that show public listings are kept: never a
// signed-in person's request, never the React payloads of client-side navigation, never a
// response that sets a cookie or is not a 200 HTML page.
import type { IncomingMessage, ServerResponse } from "node:http";
import { PREFIXED_LANGUAGES } from "@/lib/i18n/languages";
import {
  captureRender,
  currentGeneration,
  pageCacheLimits,
  readCachedPage,
  storeCachedPage,
  type CachedPage,
  type PageCacheLimits,
  type PageView,
  type RenderCapture,
} from "./store";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

// The cached pages and the query parameters each one reads (the results page: parseServiceFilters in
// lib/services/filters.ts), in the order the key lists them. Anything else in the address (utm_source,
// a made-up ?zz=1) does not change the page, so it must not make a new copy or push real pages out.
// Each page also in every other language (/pl, /pl/services, /ar/services/<slug>: ADR 0025); the
// language is part of the path, so each language keeps its own copy.
const IN_ANY_LANGUAGE = `(?:/(?:${PREFIXED_LANGUAGES.join("|")}))?`;
// `only`: a parameter the page reads just one value of; any other value renders the same page as none.
const CACHEABLE_PAGES: { path: RegExp; params: readonly string[]; only?: Record<string, readonly string[]> }[] = [
  { path: new RegExp(`^(?:/|${IN_ANY_LANGUAGE.slice(0, -1)})$`), params: [] },
  {
    path: new RegExp(`^${IN_ANY_LANGUAGE}/services$`),
    params: [
      "q",
      "need",
      "category",
      "age",
      "area",
      "cost",
      "day",
      "delivery",
      "access",
      "language",
      "time",
      "postcode",
      "within",
      "sort",
      "page",
    ],
  },
  // A listing page: "view=easy-read" shows its easy-read summary instead (components/services/easy-read.tsx).
  { path: new RegExp(`^${IN_ANY_LANGUAGE}/services/[^/]+$`), params: ["view"], only: { view: ["easy-read"] } },
];
// Headers that make Next.js answer with a React payload for the client router instead of HTML.
const ROUTER_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
  "next-action",
];
const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-)?authjs\.session-token=([^;]*)/g;
// A family's shortlist (lib/shortlist/ids.ts, SHORTLIST_COOKIE): the header counts it and each card says
// whether it is saved, so a page for someone with a list is theirs alone.
const SHORTLIST_COOKIE = /(?:^|;)\s*shortlist=[^;\s]/;
// Per-connection or per-response headers that must not be replayed from a stored copy (each request
// has its own X-Request-Id, lib/platform/logging/request-log.ts).
const NOT_STORED = new Set([
  "set-cookie",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "x-request-id",
]);

/**
 * The cache key for a request, or undefined when the request must go to Next.js. The key keeps only
 * the parameters the page reads, in a fixed order, without empty values.
 */
export function pageCacheKey(req: Pick<IncomingMessage, "method" | "url" | "headers">): string | undefined {
  if (req.method !== "GET" || !req.url) return undefined;
  const url = new URL(req.url, "http://local");
  const page = CACHEABLE_PAGES.find((p) => p.path.test(url.pathname));
  if (!page || url.searchParams.has("_rsc")) return undefined;
  if (ROUTER_HEADERS.some((h) => req.headers[h] !== undefined)) return undefined;
  const known = new URLSearchParams();
  for (const name of page.params)
    for (const value of url.searchParams.getAll(name))
      if (value.trim() && (page.only?.[name]?.includes(value) ?? true)) known.append(name, value);
  // Next.js compresses for clients that accept it, so each accepted encoding gets its own copy.
  const encoding = String(req.headers["accept-encoding"] ?? "")
    .toLowerCase()
    .replace(/\s+/g, "");
  return `${encoding}|${url.pathname}${known.size ? `?${known}` : ""}`;
}

/** The Auth.js session tokens a request's cookies carry (usually none). */
export function sessionTokens(cookieHeader: string | undefined): string[] {
  return [...(cookieHeader ?? "").matchAll(SESSION_COOKIE)].map((m) => m[1].trim()).filter(Boolean);
}

/** Whether the request carries a shortlist: its pages show that list, so they are never shared. */
export function hasShortlist(cookieHeader: string | undefined): boolean {
  return SHORTLIST_COOKIE.test(cookieHeader ?? "");
}

/** Whether a session token names a real, unexpired session (see session-check.ts). */
export type SessionCheck = (token: string) => Promise<boolean>;
// Without a way to look sessions up, any session cookie counts as signed in.
const anyCookieIsASession: SessionCheck = async () => true;

export function withPageCache(
  handle: Handler,
  limits: PageCacheLimits = pageCacheLimits(),
  isSession: SessionCheck = anyCookieIsASession,
): Handler {
  if (!limits.ttlMs) return handle;
  const cached = (req: IncomingMessage, res: ServerResponse, key: string) => {
    const hit = readCachedPage(key, limits);
    if (hit) return serveCached(res, hit, viewOf(req));

    const generation = currentGeneration();
    const capture: RenderCapture = { replays: [], view: viewOf(req) };
    const chunks = collectBody(res);
    res.setHeader("X-Page-Cache", "miss");
    res.on("finish", () => {
      const page = toCachedPage(res, Buffer.concat(chunks), capture);
      if (page) storeCachedPage(key, page, generation, limits);
    });
    return captureRender(capture, () => handle(req, res));
  };
  return async (req, res) => {
    const key = pageCacheKey(req);
    if (!key || hasShortlist(req.headers.cookie)) return handle(req, res);
    // A signed-in person's pages are their own; a cookie that names no live session is anonymous.
    const tokens = sessionTokens(req.headers.cookie);
    if (tokens.length && (await Promise.all(tokens.map(isSession))).some(Boolean)) return handle(req, res);
    return cached(req, res, key);
  };
}

const viewOf = (req: IncomingMessage): PageView => ({ userAgent: String(req.headers["user-agent"] ?? "") });

function serveCached(res: ServerResponse, page: CachedPage, view: PageView): void {
  res.writeHead(page.status, {
    ...page.headers,
    "Content-Length": page.body.length,
    "X-Page-Cache": "hit",
    Age: Math.floor((Date.now() - page.storedAt) / 1000),
  });
  res.end(page.body);
  for (const replay of page.replays) replay(view);
}

/** Copies every byte Next.js writes (after compression, which wraps write/end in its turn). */
function collectBody(res: ServerResponse): Buffer[] {
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === "string")
      chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse["write"];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (chunk !== undefined && typeof chunk !== "function") keep(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as ServerResponse["end"];
  return chunks;
}

function toCachedPage(res: ServerResponse, body: Buffer, capture: RenderCapture): CachedPage | undefined {
  const type = String(res.getHeader("content-type") ?? "");
  if (res.statusCode !== 200 || !type.startsWith("text/html") || res.getHeader("set-cookie") !== undefined)
    return undefined;
  const headers: CachedPage["headers"] = {};
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value === undefined || NOT_STORED.has(name) || name === "x-page-cache") continue;
    headers[name] = typeof value === "number" ? String(value) : value;
  }
  return { status: 200, headers, body, storedAt: Date.now(), replays: capture.replays };
}
