// Looking words up in a language's catalogue, and addresses in a language (pure, no request).
import { ar } from "./messages-ar";
import { en, type Catalogue, type MessageKey, type PluralMessage } from "./messages-en";
import { pl } from "./messages-pl";
import { DEFAULT_LANGUAGE, PREFIXED_LANGUAGES, type Language } from "./languages";

export const CATALOGUES: Record<Language, Catalogue> = { en, pl, ar };
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

const fill = (text: string, vars: Vars) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

/**
 * The message `key` in `lang`, with `{name}` placeholders filled from `vars`. A plural message picks
 * its form by `vars.count` with the language's own rules (Polish: 1 usługa, 2 usługi, 5 usług).
 */
export function t(lang: Language, key: MessageKey, vars: Vars = {}): string {
  const message: string | PluralMessage = CATALOGUES[lang][key] ?? en[key];
  if (typeof message === "string") return fill(message, vars);
  const rule = new Intl.PluralRules(lang).select(Number(vars.count ?? 0));
  return fill(message[rule] ?? message.other, vars);
}

/** A `t` bound to one language, to hand to components. */
export function translator(lang: Language): Translate {
  return (key, vars) => t(lang, key, vars);
}

/**
 * The address `href` (a path on this site, with or without a query) in `lang`: English has no prefix,
 * "/services?q=x" in Polish is "/pl/services?q=x", "/" in Arabic is "/ar". Anything that is not a
 * path on this site (https:, mailto:, tel:, #main, //elsewhere) is left alone.
 */
export function localHref(href: string, lang: Language): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  const path = stripLanguage(href).path;
  if (lang === DEFAULT_LANGUAGE) return path;
  const rest = path === "/" ? "" : path.startsWith("/?") || path.startsWith("/#") ? path.slice(1) : path;
  return `/${lang}${rest}`;
}

/** "/pl/services?q=x" → { lang: "pl", path: "/services?q=x" }; a path without a prefix is English. */
export function stripLanguage(href: string): { lang: Language; path: string } {
  for (const lang of PREFIXED_LANGUAGES) {
    const prefix = `/${lang}`;
    if (href === prefix) return { lang, path: "/" };
    if (href.startsWith(prefix) && /[/?#]/.test(href[prefix.length]))
      return { lang, path: href[prefix.length] === "/" ? href.slice(prefix.length) : `/${href.slice(prefix.length)}` };
  }
  return { lang: DEFAULT_LANGUAGE, path: href };
}
