// At most a few pages rendered at once; the rest wait their turn, first come first served. Without this,
// a busy server starts every request at once: they share the one Node thread and the database pool
// unfairly, so some wait past the pool's limit (a 500) or the visitor's patience (bench:load saw both),
// and each one in flight holds memory. In line, every request waits about as long as the others, the
// pool is never short, and memory stays flat. A request that waits too long gets a plain 503 with
// Retry-After instead of a page that would come too late; one whose visitor has gone is never rendered.
import type { IncomingMessage, ServerResponse } from "node:http";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export type RenderLimitOptions = {
  /** Pages rendered at once (RENDER_CONCURRENCY). */
  concurrency: number;
  /** How long a request may wait for its turn before the 503 (RENDER_QUEUE_TIMEOUT_MS). */
  queueTimeoutMs: number;
  /** Requests that skip the line: cheap files, long downloads that stream, and work that calls back in. */
  exempt?: (path: string) => boolean;
};

/**
 * Never limited: built files (cheap, and a page's own scripts must not queue behind other pages), the
 * health checks (a load balancer must see a busy server as alive), the CSV export (it streams for seconds;
 * PostgreSQL does its work) and the booklet PDF (Chromium loads /print from this same server while it
 * waits: queued behind itself it could never finish; it has its own limit of two at once).
 */
export const UNLIMITED_PATHS = (path: string) =>
  path.startsWith("/_next/static/") ||
  path.startsWith("/api/health") ||
  path === "/api/oruk/export.csv" ||
  path.startsWith("/print/pdf") ||
  path === "/favicon.ico";

export const BUSY_MESSAGE = "The site is very busy. Please try again in a few seconds.";

export function withRenderLimit(handler: Handler, options: RenderLimitOptions) {
  let running = 0;
  const waiting: (() => void)[] = [];

  /** A finished request's slot goes straight to the next in line, or is freed. */
  const release = () => {
    const nextInLine = waiting.shift();
    if (nextInLine) nextInLine();
    else running--;
  };

  const render = (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // A visitor who gave up while waiting: nothing to render for them.
    if (res.destroyed || req.destroyed) {
      release();
      return Promise.resolve();
    }
    // Released when the response is over (sent, or the connection dropped), not when the handler
    // returns: a streamed page is still being rendered after that.
    res.once("close", release);
    return Promise.resolve()
      .then(() => handler(req, res))
      .catch((error) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500).end();
      });
  };

  const limited = (req: IncomingMessage, res: ServerResponse): Promise<void> | void => {
    const path = (req.url ?? "/").split("?")[0];
    if (options.exempt?.(path)) return handler(req, res);
    if (running < options.concurrency) {
      running++;
      return render(req, res);
    }
    return new Promise<void>((resolve) => {
      const turn = () => {
        clearTimeout(timer);
        void render(req, res).finally(resolve);
      };
      const timer = setTimeout(() => {
        const at = waiting.indexOf(turn);
        if (at >= 0) waiting.splice(at, 1);
        if (!res.headersSent) {
          res.writeHead(503, { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "5" });
          res.end(BUSY_MESSAGE);
        }
        resolve();
      }, options.queueTimeoutMs);
      waiting.push(turn);
    });
  };
  return Object.assign(limited, { load: () => ({ running, waiting: waiting.length }) });
}
