// Save and Remove: plain forms on every result card and listing page post to a route handler (no
// JavaScript, and the cards stay the same HTML for everyone), which changes the cookie and sends the
// browser back where it was with 303. Nothing is written to the database.
import "server-only";
import { keepShortlistIds, readShortlistIds } from "./cookie";
import { findPublishedIds, isPublishedService } from "./data";
import { addId, isListingId, parseIds, removeId, safeReturnPath } from "./ids";

const MAX_BODY = 5000;

/** The first value of each field of a urlencoded post, or null for anything our forms never send. */
export async function readPostedFields(request: Request): Promise<Record<string, string> | null> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded")) return null;
  const body = await request.text();
  if (body.length > MAX_BODY) return null;
  const fields: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(body)) fields[name] ??= value;
  return fields;
}

/**
 * Another site's page must not change someone's list: browsers send Origin with a cross-site form post
 * (and SameSite=Lax keeps the cookie off it anyway). A post without Origin comes from an older browser.
 */
export function comesFromThisSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return origin === null;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function seeOther(location: string): Response {
  // Relative, so the browser stays on the address it used (the Host header is not trusted).
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

function refused(): Response {
  return new Response("This change to your list was not made. Go back to the page and try again.", {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** Adds or removes one listing, then goes back to the card or listing the button was on. */
export async function changeShortlist(request: Request, change: "save" | "remove"): Promise<Response> {
  const fields = await readPostedFields(request);
  const id = fields?.id?.toLowerCase() ?? "";
  if (!fields || !isListingId(id) || !comesFromThisSite(request)) return refused();
  const back = safeReturnPath(fields.back);
  const ids = await readShortlistIds();
  if (change === "remove") {
    await keepShortlistIds(removeId(ids, id));
    return seeOther(back);
  }
  // A listing that is not published (or an id someone made up) is never saved.
  if (!(await isPublishedService(id))) return refused();
  const added = addId(ids, id);
  if (added.full) return seeOther("/shortlist?full=1");
  await keepShortlistIds(added.ids);
  return seeOther(back);
}

/** "Save these to your list" on a shared list: its published listings join the visitor's own, up to the cap. */
export async function saveSharedList(request: Request): Promise<Response> {
  const fields = await readPostedFields(request);
  if (!fields || !comesFromThisSite(request)) return refused();
  let ids = await readShortlistIds();
  let full = false;
  for (const id of await findPublishedIds(parseIds(fields.ids).ids)) {
    const added = addId(ids, id);
    ids = added.ids;
    full ||= added.full;
  }
  await keepShortlistIds(ids);
  return seeOther(full ? "/shortlist?full=1" : "/shortlist");
}
