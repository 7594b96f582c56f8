// Serves anonymous visitors' public pages from the page cache, in front of Next.js's request
// handler. Only whole-document GETs of the pages that show public listings are kept: never a
// signed-in person's request, never the React payloads of client-side navigation, never a
// response that sets a cookie or is not a 200 HTML page.
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  captureRender,
  currentGeneration,
  pageCacheLimits,
  readCachedPage,
  storeCachedPage,
  type CachedPage,
  type PageCacheLimits,
  type RenderCapture,
} from "./store";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

const CACHEABLE_PATHS = [/^\/$/, /^\/services$/, /^\/services\/[^/]+$/];
// Headers that make Next.js answer with a React payload for the client router instead of HTML.
const ROUTER_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
  "next-action",
];
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token/;
// Per-connection or per-response headers that must not be replayed from a stored copy.
const NOT_STORED = new Set(["set-cookie", "date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

/** The cache key for a request, or undefined when the request must go to Next.js. */
export function pageCacheKey(req: Pick<IncomingMessage, "method" | "url" | "headers">): string | undefined {
  if (req.method !== "GET" || !req.url) return undefined;
  const url = new URL(req.url, "http://local");
  if (!CACHEABLE_PATHS.some((p) => p.test(url.pathname)) || url.searchParams.has("_rsc")) return undefined;
  if (ROUTER_HEADERS.some((h) => req.headers[h] !== undefined)) return undefined;
  if (SESSION_COOKIE.test(req.headers.cookie ?? "")) return undefined;
  // Next.js compresses for clients that accept it, so each accepted encoding gets its own copy.
  const encoding = String(req.headers["accept-encoding"] ?? "")
    .toLowerCase()
    .replace(/\s+/g, "");
  return `${encoding}|${url.pathname}${url.search}`;
}

export function withPageCache(handle: Handler, limits: PageCacheLimits = pageCacheLimits()): Handler {
  if (!limits.ttlMs) return handle;
  return (req, res) => {
    const key = pageCacheKey(req);
    if (!key) return handle(req, res);
    const hit = readCachedPage(key, limits);
    if (hit) return serveCached(res, hit);

    const generation = currentGeneration();
    const capture: RenderCapture = { replays: [] };
    const chunks = collectBody(res);
    res.setHeader("X-Page-Cache", "miss");
    res.on("finish", () => {
      const page = toCachedPage(res, Buffer.concat(chunks), capture);
      if (page) storeCachedPage(key, page, generation, limits);
    });
    return captureRender(capture, () => handle(req, res));
  };
}

function serveCached(res: ServerResponse, page: CachedPage): void {
  res.writeHead(page.status, {
    ...page.headers,
    "Content-Length": page.body.length,
    "X-Page-Cache": "hit",
    Age: Math.floor((Date.now() - page.storedAt) / 1000),
  });
  res.end(page.body);
  for (const replay of page.replays) replay();
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
