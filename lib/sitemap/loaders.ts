// sitemap.xml's entries (issue 15): the public pages, every published listing and advice page (and
// its easy-read version), and every published event with a date still to come, all on the site's
// public address. Public data only, so no session check.
import "server-only";
import type { MetadataRoute } from "next";
import { loadFeedEvents } from "@/lib/events/loaders";
import { absoluteUrl } from "@/lib/platform/page-metadata";
import { findSitemapAdvicePages, findSitemapServices } from "./data";

/** Pages with no record behind them that people should find from a search engine. */
export const SITEMAP_PAGES = [
  "/",
  "/services",
  "/advice",
  "/events",
  "/glossary",
  "/young-people",
  "/you-said-we-did",
  "/about",
  "/accessibility",
  "/privacy",
] as const;

export async function loadSitemap(): Promise<MetadataRoute.Sitemap> {
  const [services, advice, events] = await Promise.all([
    findSitemapServices(),
    findSitemapAdvicePages(),
    loadFeedEvents(),
  ]);
  return [
    ...SITEMAP_PAGES.map((path) => ({ url: absoluteUrl(path) })),
    ...services.map((s) => ({ url: absoluteUrl(`/services/${s.slug}`), lastModified: s.updatedAt })),
    ...advice.flatMap((a) => [
      { url: absoluteUrl(`/advice/${a.slug}`), lastModified: a.updatedAt },
      ...(a.easyRead ? [{ url: absoluteUrl(`/advice/${a.slug}/easy-read`), lastModified: a.updatedAt }] : []),
    ]),
    ...events.map((e) => ({ url: absoluteUrl(`/events/${e.id}`), lastModified: e.updatedAt })),
  ];
}
