// Counts views of public pages at the web server's front door (scripts/serve.ts), outside the page
// cache, so a page served again from the cache counts like a fresh render, and every public page
// counts without each page having to remember to. Only once the answer is known: a 404 or a
// redirect is not a view. (Under `next dev` nothing is counted: it does not run serve.ts.)
import type { IncomingMessage, ServerResponse } from "node:http";
import { countPageView } from "./count-page-views";
import { isPageAnswer, pageViewPath } from "./page-path";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export function withPageViewCounts(handle: Handler): Handler {
  return (req, res) => {
    const path = pageViewPath(req);
    if (path) {
      const userAgent = req.headers["user-agent"];
      const typeGiven = watchWriteHead(res);
      res.on("finish", () => {
        if (isPageAnswer(res.statusCode, res.getHeader("content-type") ?? typeGiven())) countPageView(path, userAgent);
      });
    }
    return handle(req, res);
  };
}

/**
 * The content type passed straight to writeHead. The page cache serves a hit that way
 * (lib/platform/page-cache/http.ts), and Node keeps such headers out of getHeader().
 */
function watchWriteHead(res: ServerResponse): () => unknown {
  let type: unknown;
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const headers = args.find((a) => a && typeof a === "object" && !Array.isArray(a)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(headers ?? {})) if (name.toLowerCase() === "content-type") type = value;
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];
  return () => type;
}
