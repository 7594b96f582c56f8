import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "./languages";
import { LANGUAGE_HEADER, PATH_HEADER } from "./request-headers";
import { translator, type Translate } from "./translate";

/** The language of the page being rendered, from its address (/pl/..., /ar/...); English otherwise. */
export const loadLanguage = cache(async (): Promise<Language> => {
  const value = (await headers()).get(LANGUAGE_HEADER);
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
});

/** The page's language and its words: `t("nav.services")`. */
export const loadTranslator = cache(async (): Promise<{ lang: Language; t: Translate }> => {
  const lang = await loadLanguage();
  return { lang, t: translator(lang) };
});

/** The address of the page being rendered, without its language prefix ("/services?q=x"). */
export const loadPagePath = cache(async (): Promise<string> => (await headers()).get(PATH_HEADER) ?? "/");
