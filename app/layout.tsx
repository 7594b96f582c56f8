import type { Metadata } from "next";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { loadShortlistIds } from "@/lib/shortlist/loaders";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Seabourne Local Offer", template: "%s - Seabourne Local Offer" },
  description:
    "Find support for children and young people aged 0 to 25 with special educational needs and disabilities (SEND) in Seabourne.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The visitor's own list (a cookie): every page is rendered per request anyway except a few static
  // ones, and the header must show the same count everywhere.
  const shortlistCount = (await loadShortlistIds()).length;
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col font-sans">
        <SiteHeader shortlistCount={shortlistCount} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
