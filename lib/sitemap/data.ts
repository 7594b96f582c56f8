// Reads for sitemap.xml: only what the public may see, through the same filters as the public pages
// (PUBLIC_SERVICE, PUBLIC_PAGE), and only the address parts and dates.
import "server-only";
import { PUBLIC_PAGE } from "@/lib/advice/data";
import { db } from "@/lib/platform/db";
import { PUBLIC_SERVICE } from "@/lib/services/data";

/** Every published listing, closed ones too: their pages stay up, as people follow old links. */
export function findSitemapServices() {
  return db().service.findMany({
    where: PUBLIC_SERVICE,
    orderBy: { slug: "asc" },
    select: { slug: true, updatedAt: true },
  });
}

export function findSitemapAdvicePages() {
  return db().advicePage.findMany({
    where: PUBLIC_PAGE,
    orderBy: { slug: "asc" },
    select: { slug: true, updatedAt: true, easyRead: true },
  });
}
