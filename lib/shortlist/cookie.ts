// The shortlist's cookie: strictly necessary (it only holds the listing ids the visitor chose to keep,
// on their own device, for the list they asked for), so it needs no consent. It is read on every page
// for the header's "Your list (3)" and the Save / Remove buttons; only Save and Remove write it.
import "server-only";
import { cookies } from "next/headers";
import { joinIds, parseIds, SHORTLIST_COOKIE } from "./ids";

const KEEP_DAYS = 90;

/** The ids on this visitor's list (unchecked: a listing may have closed since it was saved). */
export async function readShortlistIds(): Promise<string[]> {
  return parseIds((await cookies()).get(SHORTLIST_COOKIE)?.value).ids;
}

/** Only from a route handler or server action: pages cannot set cookies. An empty list removes it. */
export async function keepShortlistIds(ids: readonly string[]): Promise<void> {
  const jar = await cookies();
  if (ids.length === 0) {
    jar.delete({ name: SHORTLIST_COOKIE, path: "/" });
    return;
  }
  jar.set(SHORTLIST_COOKIE, joinIds(ids), {
    httpOnly: true,
    sameSite: "lax",
    secure: (process.env.APP_URL ?? "").startsWith("https://"),
    path: "/",
    maxAge: KEEP_DAYS * 24 * 60 * 60,
  });
}
