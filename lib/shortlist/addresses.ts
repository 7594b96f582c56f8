// The addresses a shortlist is shared and printed with. Absolute, on the site's public address
// (APP_URL), never the request's Host header: they go on paper and into emails.
import { joinIds } from "./ids";

export function siteAddress(path: string, env: NodeJS.ProcessEnv = process.env): string {
  for (const value of [env.APP_URL, env.AUTH_URL])
    try {
      if (value) return new URL(path, new URL(value).origin).href;
    } catch {
      // A wrong setting is reported by the production server's start-up checks (lib/platform/config.ts).
    }
  return new URL(path, `http://localhost:${env.PORT || 3000}`).href;
}

/** The page that opens the same list for someone else: the ids are the whole list. */
export function sharePath(ids: readonly string[]): string {
  return `/shortlist?ids=${joinIds(ids)}`;
}

export function printPath(ids: readonly string[]): string {
  return `/shortlist/print?ids=${joinIds(ids)}`;
}
