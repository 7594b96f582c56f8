// The facts families filter by that are not a column of their own: how a service is delivered, what its
// venues offer disabled visitors, the languages spoken besides English, and when it runs. Most of them
// live as free text (a feed's or an officer's access notes, language names, opening times), so each is
// turned into a small, fixed set of codes here. Pure: the search document and the listing page both use
// it, so what a filter finds and what the page says can never disagree. The text itself is never changed.

export const DELIVERY_METHODS = ["in-person", "online", "phone", "at-home"] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const DELIVERY_LABELS: Record<DeliveryMethod, string> = {
  "in-person": "In person",
  online: "Online",
  phone: "By phone",
  "at-home": "At home (they visit you)",
};

export const ACCESS_FEATURES = ["step-free", "changing-places", "quiet-room", "hearing-loop"] as const;
export type AccessFeature = (typeof ACCESS_FEATURES)[number];
export const ACCESS_FEATURE_LABELS: Record<AccessFeature, string> = {
  "step-free": "Step-free access",
  "changing-places": "Changing Places toilet",
  "quiet-room": "Quiet room",
  "hearing-loop": "Hearing loop",
};

export const TIMES_OF_DAY = ["after-school", "weekends", "school-holidays"] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
export const TIME_OF_DAY_LABELS: Record<TimeOfDay, string> = {
  "after-school": "After school",
  weekends: "Weekends",
  "school-holidays": "School holidays",
};

/**
 * Languages a family may look for, besides English (every listing is in English, so English is not a
 * filter). Codes are ISO 639-1, except British Sign Language, which has none ("bsl"). Names and other
 * codes a feed may use point at them; a language not here stays on the listing as written, unfiltered.
 */
export const LANGUAGE_LABELS: Record<string, string> = {
  bsl: "British Sign Language (BSL)",
  ar: "Arabic",
  bn: "Bengali",
  zh: "Chinese",
  fr: "French",
  gu: "Gujarati",
  hi: "Hindi",
  ku: "Kurdish",
  lt: "Lithuanian",
  fa: "Persian (Farsi)",
  pl: "Polish",
  pt: "Portuguese",
  pa: "Punjabi",
  ro: "Romanian",
  ru: "Russian",
  so: "Somali",
  es: "Spanish",
  ta: "Tamil",
  ti: "Tigrinya",
  tr: "Turkish",
  uk: "Ukrainian",
  ur: "Urdu",
  cy: "Welsh",
};
export const LANGUAGE_CODES = Object.keys(LANGUAGE_LABELS);

// Three-letter codes (ISO 639-2/3) and names feeds use, for the codes above.
const LANGUAGE_ALIASES: Record<string, string> = {
  bfi: "bsl",
  sgn: "bsl",
  ara: "ar",
  ben: "bn",
  bangla: "bn",
  sylheti: "bn",
  zho: "zh",
  chi: "zh",
  mandarin: "zh",
  cantonese: "zh",
  fra: "fr",
  fre: "fr",
  guj: "gu",
  hin: "hi",
  kur: "ku",
  lit: "lt",
  fas: "fa",
  per: "fa",
  farsi: "fa",
  pol: "pl",
  por: "pt",
  pan: "pa",
  panjabi: "pa",
  ron: "ro",
  rum: "ro",
  rus: "ru",
  som: "so",
  spa: "es",
  tam: "ta",
  tir: "ti",
  tur: "tr",
  ukr: "uk",
  urd: "ur",
  cym: "cy",
  wel: "cy",
};
const NAME_TO_CODE = new Map<string, string>([
  ...Object.entries(LANGUAGE_LABELS).map(([code, name]) => [name.split(" ")[0].toLowerCase(), code] as const),
  ...Object.entries(LANGUAGE_ALIASES),
]);

/** The filter code for one language row ("Polish", "pl", "pol-PL"), "bsl" for any sign language, or none. */
export function languageCode(l: { name: string; code?: string | null }): string | undefined {
  const name = l.name.toLowerCase();
  const code = (l.code ?? "").toLowerCase().split(/[-_]/)[0].trim();
  if (/\bsign language\b|\bbsl\b/.test(name) || code === "bsl") return "bsl";
  if (code && LANGUAGE_LABELS[code]) return code;
  if (code && LANGUAGE_ALIASES[code]) return LANGUAGE_ALIASES[code];
  for (const word of name.match(/[a-z]+/g) ?? []) {
    const found = NAME_TO_CODE.get(word);
    if (found) return found;
  }
  return undefined;
}

export function languageCodes(languages: readonly { name: string; code?: string | null }[]): string[] {
  return sortedUnique(languages.map(languageCode));
}

// Access notes are short facts ("Step-free access", "Wheelchair accessible, level access"). A clause that
// says the opposite ("no lift", "not wheelchair accessible") must not count, so each clause is read alone.
const ACCESS_PATTERNS: [AccessFeature, RegExp][] = [
  ["step-free", /step[- ]?free|level access|wheelchair|ramp|\blift\b|no steps/],
  ["changing-places", /changing[- ]places/],
  ["quiet-room", /quiet (room|space|area)|sensory room|calm (room|space)|low[- ]sensory/],
  ["hearing-loop", /hearing loop|induction loop|loop system|\bt-?loop\b/],
];
const NEGATED = /\b(not|without|isn't|aren't|cannot|can't|unable|sorry)\b|\bno (?!steps)/;

export function accessFeatures(notes: readonly string[]): AccessFeature[] {
  const found = new Set<AccessFeature>();
  for (const clause of notes.flatMap((n) => n.toLowerCase().split(/[.;,\n]+/))) {
    if (NEGATED.test(clause)) continue;
    for (const [feature, pattern] of ACCESS_PATTERNS) if (pattern.test(clause)) found.add(feature);
  }
  return ACCESS_FEATURES.filter((f) => found.has(f));
}

/** A feed's free-text attending type ("In person and online", "Telephone") as delivery methods. */
export function deliveryFromText(text: string): DeliveryMethod[] {
  const t = text.toLowerCase();
  const found = new Set<DeliveryMethod>();
  if (/in[- ]person|face[- ]to[- ]face|venue|drop[- ]in|\bcentre\b|\bclinic\b/.test(t)) found.add("in-person");
  if (/online|virtual|video|remote|zoom|teams|web ?chat|internet/.test(t)) found.add("online");
  if (/phone|telephone|helpline|call us/.test(t)) found.add("phone");
  if (/home[- ]visit|at home|in (your|the|their) home|home[- ]based|outreach/.test(t)) found.add("at-home");
  return DELIVERY_METHODS.filter((m) => found.has(m));
}

export type FeatureSchedule = {
  byday: string;
  opensAt?: string | null;
  closesAt?: string | null;
  termTimeOnly: boolean;
  description?: string | null;
};

const WEEKDAYS = new Set(["MO", "TU", "WE", "TH", "FR"]);
const HOLIDAY_WORDS =
  /holiday (club|scheme|playscheme|activit|programme|camp)|school holidays?|half[- ]term|playscheme/i;

/**
 * When a service runs, as the three times families ask about. The rules (ADR 0026):
 * - after school: a Monday-to-Friday session that starts between 15:00 and 18:00 and ends after 15:30.
 *   A service open all day (09:00–17:00) does not count: it would make the filter match almost every office.
 * - weekends: any session on a Saturday or Sunday.
 * - school holidays: any session not marked "term time only" (it runs in the holidays too), or a session
 *   or listing described as a holiday scheme, club or half-term activity. No times at all: unknown, no match.
 */
export function timesOfDay(schedules: readonly FeatureSchedule[], text = ""): TimeOfDay[] {
  const found = new Set<TimeOfDay>();
  for (const s of schedules) {
    const days = s.byday.split(",").filter(Boolean);
    const weekday = days.some((d) => WEEKDAYS.has(d));
    if (weekday && s.opensAt && s.closesAt && s.opensAt >= "15:00" && s.opensAt <= "18:00" && s.closesAt > "15:30")
      found.add("after-school");
    if (days.includes("SA") || days.includes("SU")) found.add("weekends");
    if (!s.termTimeOnly || HOLIDAY_WORDS.test(s.description ?? "")) found.add("school-holidays");
  }
  if (HOLIDAY_WORDS.test(text)) found.add("school-holidays");
  return TIMES_OF_DAY.filter((t) => found.has(t));
}

function sortedUnique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
}
