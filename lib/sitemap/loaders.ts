// sitemap.xml's entries (issue 15): the public pages, every published listing and advice page (and
// its easy-read version), and every published event with a date still to come, all on the site's
// public address. Public data only, so no session check.
import "server-only";
import type { MetadataRoute } from "next";
import { loadFeedEvents } from "@/lib/events/loaders";
import { LANGUAGES } from "@/lib/i18n/languages";
import { localHref } from "@/lib/i18n/translate";
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

// The pages whose interface is translated (ADR 0025) list their Polish and Arabic copies as alternates,
// as their own pages do (lib/i18n/local-metadata.ts), so a search engine offers each reader their language.
const TRANSLATED = new Set(["/", "/services"]);

function entry(path: string, lastModified?: Date): MetadataRoute.Sitemap[number] {
  const translated = TRANSLATED.has(path) || path.startsWith("/services/");
  const languages = Object.fromEntries(LANGUAGES.map((l) => [l.htmlLang, absoluteUrl(localHref(path, l.code))]));
  return {
    url: absoluteUrl(path),
    ...(lastModified ? { lastModified } : {}),
    ...(translated ? { alternates: { languages } } : {}),
  };
}

export async function loadSitemap(): Promise<MetadataRoute.Sitemap> {
  const [services, advice, events] = await Promise.all([
    findSitemapServices(),
    findSitemapAdvicePages(),
    loadFeedEvents(),
  ]);
  return [
    ...SITEMAP_PAGES.map((path) => entry(path)),
    ...services.map((s) => entry(`/services/${s.slug}`, s.updatedAt)),
    ...advice.flatMap((a) => [
      { url: absoluteUrl(`/advice/${a.slug}`), lastModified: a.updatedAt },
      ...(a.easyRead ? [{ url: absoluteUrl(`/advice/${a.slug}/easy-read`), lastModified: a.updatedAt }] : []),
    ]),
    ...events.map((e) => ({ url: absoluteUrl(`/events/${e.id}`), lastModified: e.updatedAt })),
  ];
}
