// /sitemap.xml for search engines (issue 15). Read per request: a sitemap built ahead would list the
// database as it was at build time, and the build has no database.
import type { MetadataRoute } from "next";
import { loadSitemap } from "@/lib/sitemap/loaders";

export const dynamic = "force-dynamic";

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return loadSitemap();
}
