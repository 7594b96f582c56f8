// Which pages "Was this page helpful?" belongs to, and what the server keeps of a page's address.
// The widget (components/feedback/helpful-widget.tsx) and the server use the same list, so the widget
// shows only where an answer will be kept. page-path.test.ts checks every page under app/(public) is
// either listed here or left out on purpose, so a new public page cannot be forgotten.

/** The public pages that carry the widget; `[slug]`-like parts match one path segment. */
export const HELPFUL_PAGES: readonly RegExp[] = [
  /^\/$/,
  /^\/about$/,
  /^\/accessibility$/,
  /^\/privacy$/,
  /^\/services$/,
  /^\/services\/[a-z0-9][a-z0-9-]{0,199}$/,
  // The council's published responses (issue 12, item 4) and its yearly report.
  /^\/you-said-we-did$/,
  /^\/you-said-we-did\/\d{4}$/,
  // Information and advice, its easy-read versions, young people's way in, and events (issue 13).
  /^\/advice$/,
  /^\/advice\/[a-z0-9][a-z0-9-]{0,199}(\/easy-read)?$/,
  /^\/young-people$/,
  /^\/events$/,
  /^\/events\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  /^\/glossary$/,
  // The printable booklet's form and the booklet itself (issue 15); the widget is never printed.
  /^\/print$/,
  // A family's saved list and its printable handout (issue 15).
  /^\/shortlist(\/print)?$/,
];

/**
 * Public pages without the widget: the feedback forms themselves and "Suggest a change" (a page that
 * is itself a way of telling us something), and their thank-you pages; the form that emails a saved list
 * (one form on the page is enough). Used by the widget and the test.
 */
export const NO_HELPFUL_WIDGET: readonly RegExp[] = [
  /^\/feedback(\/|$)/,
  /\/suggest-a-change(\/|$)/,
  /^\/shortlist\/email(\/|$)/,
];

/**
 * The path the server keeps for an address someone sent: the path only (no query, no fragment, no
 * host), and only when it is one of the public pages above; otherwise null. A service page's slug is
 * checked against the published listings separately (submit/submit.ts).
 */
export function publicPagePath(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    // Only a path on this site: "//evil.example/x" or "https://…" would change the origin.
    if (!raw.startsWith("/") || raw.startsWith("//")) return null;
    url = new URL(raw, "http://local");
  } catch {
    return null;
  }
  if (url.origin !== "http://local") return null;
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : url.pathname;
  return HELPFUL_PAGES.some((p) => p.test(path)) ? path : null;
}

/** The slug when the path is a service page (`/services/<slug>`). */
export function serviceSlugOf(path: string): string | null {
  return /^\/services\/([^/]+)$/.exec(path)?.[1] ?? null;
}

/** Whether the widget shows on a page (its pathname, as the browser has it). */
export function showsHelpfulWidget(pathname: string): boolean {
  return !NO_HELPFUL_WIDGET.some((p) => p.test(pathname)) && publicPagePath(pathname) === pathname;
}
