// The languages the interface is shipped in. English is the source of truth and has no prefix in the
// address; every other language's pages live under /<code> (/pl/services, /ar). See ADR 0025.
export const LANGUAGES = [
  { code: "en", name: "English", htmlLang: "en-GB", dir: "ltr" },
  { code: "pl", name: "Polski", htmlLang: "pl", dir: "ltr" },
  { code: "ar", name: "العربية", htmlLang: "ar", dir: "rtl" },
] as const;

export type Language = (typeof LANGUAGES)[number]["code"];
export const DEFAULT_LANGUAGE: Language = "en";
/** The languages that have a prefix in the address (every one but English). */
export const PREFIXED_LANGUAGES = LANGUAGES.map((l) => l.code).filter((c) => c !== DEFAULT_LANGUAGE);

export function isLanguage(value: string | null | undefined): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

export function languageInfo(lang: Language) {
  return LANGUAGES.find((l) => l.code === lang) ?? LANGUAGES[0];
}

/**
 * Attributes for words shown as written (listing text, vocabulary names, advice): English, left to right,
 * so a screen reader reads them in English and an Arabic page does not reorder "24-hour" into "hour-24".
 */
export function asWrittenProps(lang: Language): { lang?: string; dir?: "ltr" } {
  return lang === DEFAULT_LANGUAGE ? {} : { lang: "en", dir: "ltr" };
}
