// Which requests are views of a public page, and the path they are counted under. Pure.
// Counted: a whole page (HTML) or a client-side navigation to one (the React payload), that
// answered 200. Not counted: prefetches, the staff area, the API, Next.js's files, pages with a
// token in their address (a provider's "still correct?" link, an emailed confirmation), anything
// else under /add-your-service (a provider's form, not the Local Offer), and errors, so a made-up
// address adds no row. The query string is dropped: /services?q=autism is a view of /services
// (the search itself is in the search log), and a listing counts under /services/<its slug>.

const NOT_PUBLIC = /^\/(?:admin|api|_next|check|add-your-service)(?:\/|$)/;
// Slug-shaped segments only: no dots (files), no upper case or encoded characters, four deep at most.
const PAGE_PATH = /^\/(?:[a-z0-9][a-z0-9-]{0,99}(?:\/[a-z0-9][a-z0-9-]{0,99}){0,3})?$/;
const PREFETCH_HEADERS = ["next-router-prefetch", "next-router-segment-prefetch", "purpose", "sec-purpose"];

type RequestLike = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

/** The path a request would count under, before its answer is known; undefined when it is not counted. */
export function pageViewPath(req: RequestLike): string | undefined {
  if (req.method !== "GET" || !req.url) return undefined;
  // Link prefetches ask ahead of a click; a browser's speculative load says so with Purpose: prefetch.
  if (
    PREFETCH_HEADERS.some((h) =>
      h.endsWith("purpose") ? /prefetch/i.test(String(req.headers[h] ?? "")) : req.headers[h] !== undefined,
    )
  )
    return undefined;
  const path = new URL(req.url, "http://local").pathname;
  return PAGE_PATH.test(path) && !NOT_PUBLIC.test(path) ? path : undefined;
}

/** Whether the answer was a page: a 200 HTML document or React payload for a client-side navigation. */
export function isPageAnswer(status: number, contentType: unknown): boolean {
  const type = String(contentType ?? "");
  return status === 200 && (type.startsWith("text/html") || type.startsWith("text/x-component"));
}
