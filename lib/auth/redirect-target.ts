// Where to send someone after they sign in: the `next` they came with, but only when it is a
// page of this site. An attacker's link (`/admin/sign-in?next=/%5Cevil.example`) must never use
// our sign-in page to bounce a council officer to a look-alike site. Pure.
const FALLBACK = "/admin";

const siteOrigin = () => process.env.APP_URL || process.env.AUTH_URL || "http://localhost";

// Browsers drop tabs and newlines from addresses and read "\" as "/", so "/\evil.example" and
// "/<tab>/evil.example" both mean "//evil.example": another site. Encoded slashes could become
// the same after one more decoding. None of these is in a path this site makes.
const DISGUISES = /[\\\s\p{Cc}]|%(?:2f|5c)/iu;
const SINGLE_SLASH = /^\/(?!\/)/;

/** A path on this site (`/admin/listings?page=2`) to redirect to, or `/admin` when `next` is anything else. */
export function safeNextPath(next: unknown, origin: string = siteOrigin()): string {
  if (typeof next !== "string" || next.length > 2000) return FALLBACK;
  const base = new URL(origin).origin;
  // Auth.js hands back an absolute address on this site; people and our pages pass a path.
  const relative = next.startsWith(`${base}/`) ? next.slice(base.length) : next;
  if (!SINGLE_SLASH.test(relative) || DISGUISES.test(relative)) return FALLBACK;
  let url: URL;
  try {
    url = new URL(relative, base);
  } catch {
    return FALLBACK;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === base && SINGLE_SLASH.test(path) ? path : FALLBACK;
}
