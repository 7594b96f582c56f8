// The site's public address and the search-engine metadata every public page carries (issue 15):
// a canonical address and Open Graph tags, so a shared or indexed link names one address and shows
// the page's own title and summary. The address is APP_URL, read when a page is rendered, never
// the request's Host header (which anyone can send).
import type { Metadata } from "next";
import { SITE } from "./site";

type SiteEnv = Partial<Record<"APP_URL" | "AUTH_URL" | "PORT", string>> & Record<string, string | undefined>;

/** The site's public origin: APP_URL (or Auth.js's AUTH_URL), else the local address `npm start` uses. */
export function publicOrigin(env: SiteEnv = process.env): URL {
  for (const value of [env.APP_URL, env.AUTH_URL])
    try {
      if (value) return new URL(new URL(value).origin);
    } catch {
      // A wrong setting is reported by the production server's start-up checks (lib/platform/config.ts).
    }
  return new URL(`http://localhost:${env.PORT || 3000}`);
}

/** An absolute address on this site: `absoluteUrl("/services/a")` → "https://…/services/a". */
export const absoluteUrl = (path: string, env?: SiteEnv) => new URL(path, publicOrigin(env)).href;

/**
 * A public page's canonical address and Open Graph tags. `path` is the page's own address without a
 * query string (filters and page numbers are views of one page). Relative addresses are made absolute
 * by the public layout's metadataBase.
 */
export function pageMetadata(path: string, page: { title: string; description?: string | null }): Metadata {
  const description = page.description?.trim() || undefined;
  return {
    title: page.title,
    ...(description ? { description } : {}),
    alternates: { canonical: path },
    openGraph: {
      type: "website",
      siteName: SITE.name,
      locale: "en_GB",
      url: path,
      title: page.title,
      ...(description ? { description } : {}),
    },
  };
}
