import type { Metadata } from "next";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { languageInfo } from "@/lib/i18n/languages";
import { loadPagePath, loadTranslator } from "@/lib/i18n/loaders";
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
  // The language comes from the address (/pl, /ar: proxy.ts); Arabic is laid out right to left.
  const { lang } = await loadTranslator();
  const { htmlLang, dir } = languageInfo(lang);
  return (
    <html lang={htmlLang} dir={dir}>
      <body className="flex min-h-screen flex-col font-sans">
        <SiteHeader shortlistCount={shortlistCount} lang={lang} path={await loadPagePath()} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
          {children}
        </main>
        <SiteFooter lang={lang} />
      </body>
    </html>
  );
}
