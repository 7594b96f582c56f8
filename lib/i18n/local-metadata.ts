import type { Metadata } from "next";
import { LANGUAGES, type Language } from "./languages";
import { localHref } from "./translate";

const OG_LOCALE: Record<Language, string> = { en: "en_GB", pl: "pl_PL", ar: "ar" };

/**
 * A page's metadata (from pageMetadata) for its copy in `lang`: its own canonical address (/pl/services
 * is a page of its own), the other languages' copies as alternates (hreflang), and the Open Graph locale.
 */
export function localMetadata(meta: Metadata, path: string, lang: Language): Metadata {
  const languages = Object.fromEntries(LANGUAGES.map((l) => [l.htmlLang, localHref(path, l.code)]));
  return {
    ...meta,
    alternates: { ...meta.alternates, canonical: localHref(path, lang), languages },
    openGraph: { ...meta.openGraph, url: localHref(path, lang), locale: OG_LOCALE[lang] },
  };
}
