// /robots.txt (issue 15): names the sitemap on the site's public address and asks search engines to
// keep out of the staff area, the forms and their thank-you pages, and the API (which has its own
// machine-readable entry point). Per request, as APP_URL is read when the server runs, not at build.
import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/platform/page-metadata";

export const dynamic = "force-dynamic";

// Also searches with filters ("/services?…": endless combinations of one list) and the booklet and
// its PDF (each one a costly render), which a crawler could otherwise ask for by the thousand.
const DISALLOW = [
  "/admin",
  "/api/",
  "/add-your-service",
  "/check/",
  "/feedback",
  "/services/*/suggest-a-change",
  "/shortlist",
  "/services?",
  "/print",
];

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: DISALLOW },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
