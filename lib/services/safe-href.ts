// The one check every link taken from a listing goes through before it becomes an `href`, in the
// editor, the importer, the public pages and the API: a `javascript:` or `data:` address typed
// into a listing (zod's url() accepts both) must never run in a family's browser. Pure.
const ALLOWED = new Set(["http:", "https:", "mailto:", "tel:"]);

/** The address, trimmed, when it is a whole http, https, mailto or tel link; otherwise undefined. */
export function safeHref(url: string | null | undefined): string | undefined {
  const trimmed = url?.trim();
  // Browsers skip control characters inside a scheme ("java\tscript:"): refuse them rather than guess.
  if (!trimmed || /\p{Cc}/u.test(trimmed)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!ALLOWED.has(parsed.protocol)) return undefined;
  if ((parsed.protocol === "http:" || parsed.protocol === "https:") && !parsed.hostname) return undefined;
  return trimmed;
}
