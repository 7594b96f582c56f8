// Reads a search the way a person meant it: "my son has asd and cant sleep" becomes the terms
// [autism, sleep]; "for my 15 year old" becomes an age; "near FY4 2AB" becomes a place to sort
// by distance (and is never searched for as text). Pure, so both engines get the same reading.
import { findPostcode } from "@/lib/geo/postcodes";
import type { ThesaurusEntry } from "@/lib/thesaurus/seed";

export type UnderstoodAge = { min: number; max: number; label: string; phrase: string };
export type UnderstoodPlace = { outward: string; lat: number; lng: number; phrase: string };

export type UnderstoodQuery = {
  /** What the engines look for: canonical thesaurus terms (possibly phrases) and remaining words. */
  terms: string[];
  /**
   * The family's own words that the thesaurus read as a canonical term ("wellbeing" for "mental health"),
   * single words of four letters or more: the engines rank services with these first, never require them.
   */
  typed: string[];
  age?: UnderstoodAge;
  place?: UnderstoodPlace;
  /** A postcode we removed but cannot place (outside the bundled table). */
  unknownPlace?: string;
  /** The query text without each understood part, for "undo" links. */
  without: { age?: string; place?: string };
};

// Words that carry no meaning for finding a service. Kept short on purpose: a word that
// might be the one that matters ("carers", "school") stays.
const FILLER = new Set(
  (
    "a an the and or of for to in on at by with from my our his her their me i im we he she they them it its is are " +
    "was be been has have had do does did can could would should will who what where when how which that this there " +
    "any some help helping helps support supports service services need needs needing looking look find want wants " +
    "son sons daughter daughters child childs children kid kids boy girl teenager teen young person people please " +
    "near around about close year years old yr yrs yo local just really very so not dont also get gets getting got " +
    "parent parents mum dad mom like lot lots go going stuff things thing something anything always never often " +
    "sometimes usually all every much more most quite bit abit struggling struggle struggles feel feels feeling " +
    // A family adds these to the thing they mean ("dementia support", "heart disease"): never a reason to find less.
    "disease diseases"
  ).split(" "),
);

const AGE_WORDS = String.raw`(?:years?|yrs?|y\/o|yo)(?:\s*-?\s*olds?)?`;
const AGE_RANGE = new RegExp(
  String.raw`\b(?:aged?\s+)?(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})(?:\s*${AGE_WORDS})?(?!\d)`,
  "i",
);
const AGE_SINGLE = new RegExp(
  String.raw`\b(?:aged?\s+)?(\d{1,2})\s*-?\s*${AGE_WORDS}\b` +
    String.raw`|\b(?:aged?|i'?m|i am|(?:he|she)'?s|(?:he|she) is|turning|turned)\s+(\d{1,2})\b(?!\s*(?:-|to)\s*\d)`,
  "i",
);

/** Lower case, one kind of apostrophe, letters/digits/apostrophes/hyphens only, single spaces. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[^a-z0-9' -]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function findAge(text: string): UnderstoodAge | undefined {
  const range = AGE_RANGE.exec(text);
  if (range) {
    const [min, max] = [Number(range[1]), Number(range[2])];
    if (min <= max && max <= 25) return { min, max, label: `ages ${min} to ${max}`, phrase: range[0] };
  }
  const single = AGE_SINGLE.exec(text);
  if (single) {
    const age = Number(single[1] ?? single[2]);
    if (age <= 25) return { min: age, max: age, label: `age ${age}`, phrase: single[0] };
  }
  return undefined;
}

export type Phrase = { phrase: string; term: string; pattern: RegExp };

/** Every synonym and term as a normalised phrase, longest first, so "ehc plan" wins over "plan". */
export function thesaurusPhrases(thesaurus: readonly ThesaurusEntry[]): Phrase[] {
  return thesaurus
    .flatMap((e) => [e.term, ...e.synonyms].map((p) => ({ phrase: normaliseText(p), term: e.term })))
    .filter((p) => p.phrase)
    .sort((a, b) => b.phrase.length - a.phrase.length)
    .map((p) => ({ ...p, pattern: new RegExp(` ${escape(p.phrase)}(?= )`, "g") }));
}

/** Replaces thesaurus phrases with their canonical term; returns the terms found and the rest. */
export function applyThesaurus(
  text: string,
  phrases: readonly Phrase[],
): { found: string[]; rest: string; synonyms: string[] } {
  let rest = ` ${normaliseText(text)} `;
  const found = new Map<string, number>();
  const synonyms: string[] = [];
  for (const { phrase, term, pattern } of phrases) {
    if (!rest.includes(phrase)) continue; // cheap test first: most phrases are absent
    pattern.lastIndex = 0;
    const at = rest.search(pattern);
    if (at >= 0) {
      // Blank it out at the same length, so positions of later finds still give the person's word order.
      rest = rest.replace(pattern, (m) => " ".repeat(m.length));
      found.set(term, Math.min(at, found.get(term) ?? Infinity));
      if (phrase !== normaliseText(term)) synonyms.push(phrase);
    }
  }
  const ordered = [...found].sort((a, b) => a[1] - b[1]).map(([term]) => term);
  return { found: ordered, rest: squeeze(rest), synonyms };
}

export function understandQuery(
  q: string,
  thesaurus: readonly ThesaurusEntry[],
  phrases = thesaurusPhrases(thesaurus),
): UnderstoodQuery {
  const result: UnderstoodQuery = { terms: [], typed: [], without: {} };
  let text = q;

  const postcode = findPostcode(text);
  if (postcode) {
    const withLead = new RegExp(String.raw`(?:\b(?:near|in|around|close to)\s+)?${escape(postcode.match)}`, "i");
    const without = squeeze(q.replace(withLead, " "));
    text = text.replace(postcode.match, " ");
    if (postcode.centroid) {
      result.place = { outward: postcode.outward, ...postcode.centroid, phrase: postcode.match };
      result.without.place = without;
    } else {
      result.unknownPlace = postcode.outward;
    }
  }

  const age = findAge(text);
  if (age) {
    result.age = age;
    text = text.replace(age.phrase, " ");
    result.without.age = squeeze(q.replace(age.phrase, " "));
  }

  const { found, rest, synonyms } = applyThesaurus(text, phrases);
  // Single words only: a phrase ("hearing impaired") is the term said another way, and ranking listings with
  // the phrase first pushed the demo's audiology service out of the first 10 for it.
  result.typed = [...new Set(synonyms.filter((p) => p.length >= 4 && !p.includes(" ")))];
  const words = rest
    .split(" ")
    .map((w) => w.replace(/^[-']+|[-']+$/g, "").replace(/'/g, ""))
    .filter((w) => w.length > 1 && !FILLER.has(w) && !/^\d+$/.test(w));
  result.terms = [...new Set([...found, ...words])];
  return result;
}
