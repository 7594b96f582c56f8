// One log line per request for the production server (scripts/serve.ts): a request id (sent back as
// X-Request-Id, so a person reporting a problem and the logs can be matched), method, path without
// query values, status, duration and whether the page cache answered. No IP address, cookie or user
// agent: searches and sign-in links carry names and email addresses in their values, and some
// addresses carry a secret token, which is why loggedPath hides both.
import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { isBot } from "@/lib/listing-views/bots";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const SANE_KEY = /^[A-Za-z0-9._[\]-]{1,40}$/;
const MAX_PATH = 300;
// Addresses whose last part is a secret (a provider's draft or reminder link): the token is the permission.
const TOKEN_PATHS = [/^(\/add-your-service\/(?:resume|confirm)\/)[^/]+/, /^(\/check\/)[^/]+/];

/** The caller's X-Request-Id if it is a plain token (a proxy's or CDN's id), otherwise a new one. */
export function requestId(incoming: string | string[] | undefined): string {
  const id = Array.isArray(incoming) ? incoming[0] : incoming;
  return id && SANE_ID.test(id) ? id : crypto.randomUUID();
}

/**
 * The path with each query parameter's name but never its value (`/services?q=jo&need=adhd` →
 * `/services?q&need`), secret tokens in the path replaced by `:token`, and odd names by `_`.
 */
export function loggedPath(url: string | undefined): string {
  const raw = url ?? "/";
  const queryAt = raw.indexOf("?");
  let path = queryAt < 0 ? raw : raw.slice(0, queryAt);
  for (const pattern of TOKEN_PATHS) path = path.replace(pattern, "$1:token");
  if (path.length > MAX_PATH) path = `${path.slice(0, MAX_PATH)}…`;
  if (queryAt < 0) return path;
  const keys = raw
    .slice(queryAt + 1)
    .split("&")
    .filter(Boolean)
    .map((pair) => {
      const name = safeDecode(pair.split("=")[0]);
      return SANE_KEY.test(name) ? name : "_";
    });
  return keys.length ? `${path}?${keys.slice(0, 20).join("&")}${keys.length > 20 ? "&…" : ""}` : path;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return "_";
  }
}

/** Outermost wrapper: gives the request its id, and logs it once it is answered (or abandoned). */
export function withRequestLog(handle: Handler, logger: Logger): Handler {
  return (req, res) => {
    const id = requestId(req.headers["x-request-id"]);
    // Next.js and our own code see the same id the response carries.
    req.headers["x-request-id"] = id;
    res.setHeader("X-Request-Id", id);
    const started = performance.now();
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      const cache = res.getHeader("x-page-cache");
      const line = {
        requestId: id,
        method: req.method,
        path: loggedPath(req.url),
        status: res.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        ...(cache ? { cache: String(cache) } : {}),
        ...(isBot(req.headers["user-agent"]) ? { bot: true } : {}),
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      if (res.statusCode >= 500) logger.error(line, "request failed");
      else logger.info(line, "request");
    };
    res.once("finish", done);
    res.once("close", done);
    return handle(req, res);
  };
}
