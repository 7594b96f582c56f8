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

// One rule set per language, made once: a results page asks for about a hundred plural forms.
const PLURAL_RULES = new Map<Language, Intl.PluralRules>();

/** The plural category of `count` in `lang` ("one", "few", "many", "other"…). */
export function pluralCategory(lang: Language, count: number): Intl.LDMLPluralRule {
  let rules = PLURAL_RULES.get(lang);
  if (!rules) PLURAL_RULES.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

const message = (lang: Language, key: MessageKey): string | PluralMessage => CATALOGUES[lang][key] ?? en[key];

/** Every form of the plural message `key` in `lang`, by category, as the catalogue has them. */
export function pluralForms(lang: Language, key: MessageKey): [Intl.LDMLPluralRule, string][] {
  const text = message(lang, key);
  return typeof text === "string" ? [["other", text]] : (Object.entries(text) as [Intl.LDMLPluralRule, string][]);
}

/**
 * Which of those forms `count` takes: its category, or "other" where the catalogue has no form of its own
 * for it (the Arabic catalogue has only "other" for some words).
 */
export function pluralFormFor(lang: Language, key: MessageKey, count: number): Intl.LDMLPluralRule {
  const text = message(lang, key);
  const category = pluralCategory(lang, count);
  return typeof text !== "string" && text[category] !== undefined ? category : "other";
}

/**
 * The message `key` in `lang`, with `{name}` placeholders filled from `vars`. A plural message picks
 * its form by `vars.count` with the language's own rules (Polish: 1 usługa, 2 usługi, 5 usług).
 */
export function t(lang: Language, key: MessageKey, vars: Vars = {}): string {
  const text = message(lang, key);
  if (typeof text === "string") return fill(text, vars);
  return fill(text[pluralFormFor(lang, key, Number(vars.count ?? 0))] ?? text.other, vars);
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
