// The words of the delivery, venue access, language and time-of-day filters (lib/services/service-features.ts
// keeps the English ones and the codes) in the reader's language.
import { DEFAULT_LANGUAGE, type Language } from "./languages";
import { en, type MessageKey } from "./messages-en";
import { t } from "./translate";

export type FeatureGroup = "delivery" | "access" | "language" | "time";
const GROUP_BY_PARAM: Record<string, FeatureGroup> = {
  delivery: "delivery",
  access: "access",
  language: "language",
  time: "time",
};

/** The feature group a filter parameter belongs to, if it is one. */
export const featureGroupOf = (param: string): FeatureGroup | undefined => GROUP_BY_PARAM[param];

export const featureLegend = (lang: Language, group: FeatureGroup) => t(lang, `features.legend.${group}` as MessageKey);

/**
 * One option's name. Spoken languages are named by the reader's language's own rules (Intl.DisplayNames:
 * "pl" is "polski" in Polish, "البولندية" in Arabic); English keeps the filter's own wording.
 */
export function featureName(lang: Language, group: FeatureGroup, code: string, english: string): string {
  if (group === "language") {
    if (code === "bsl") return t(lang, "features.language.bsl");
    if (lang === DEFAULT_LANGUAGE) return english;
    const name = new Intl.DisplayNames([lang], { type: "language" }).of(code);
    return name && name !== code ? name : english;
  }
  const key = `features.${group}.${code}`;
  // An option added in code shows in English until it has a message.
  return key in en ? t(lang, key as MessageKey) : english;
}
