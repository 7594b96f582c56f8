// Every public page ends with "Was this page helpful?" (issue 12), so a new public page gets it too.
import type { Metadata } from "next";
import { HelpfulWidget } from "@/components/feedback/helpful-widget";
import { publicOrigin } from "@/lib/platform/page-metadata";

// Canonical and Open Graph addresses are absolute on the site's public address (APP_URL), read when
// the page is rendered: a container image is built without it, so a page built ahead would carry the
// build's address (every public page is rendered per request; tests/e2e/static-pages.spec.ts lists
// the exceptions, none of which has canonical tags).
export function generateMetadata(): Metadata {
  return { metadataBase: publicOrigin() };
}

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      {children}
      <HelpfulWidget />
    </>
  );
}
