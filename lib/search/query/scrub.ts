// What a search log may keep: the words, never the person. Removes emails, phone numbers,
// postcodes (full and outward codes) and anything that looks like a name. Pure.
import { removePostcodes } from "@/lib/geo/postcodes";

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
// 7+ digits, allowing spaces, dashes, brackets and a leading +: phone numbers, NHS numbers, dates run together.
const LONG_NUMBER = /\+?\(?\d[\d\s\-()]{5,}\d/g;
// "my son is called jack and has adhd": the name after "called"/"named", in any case, and a second word
// as a surname unless it is one of the small words that carry on the sentence (which the search needs).
const CARRIES_ON =
  "and|but|or|so|has|have|had|is|was|who|with|needs|need|aged|age|in|at|from|of|for|to|she|he|they|it|can|does|gets";
const INTRODUCED_NAME = new RegExp(
  String.raw`\b(called|named|name is|name's)\s+[a-z][a-z'’-]*(?:\s+(?!(?:${CARRIES_ON})\b)[a-z][a-z'’-]*)?`,
  "gi",
);
// A capitalised word (not ALL CAPS, which is usually an acronym: ASD, CAMHS).
const CAPITALISED = /^[A-Z][a-z'’-]+$/;
// Capitalised words that are conditions, languages, days or places in the borough, not people.
const NOT_NAMES = new Set(
  (
    "down downs asperger aspergers tourette tourettes duchenne williams fragile english british welsh " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december christmas easter seabourne thornby marsh end hollins park southcliffe pennock sands"
  ).split(" "),
);
const STARTS_SENTENCE_AS_NAME = /^(has|is|needs|cant|can't|won't|wont|keeps|gets|was|does|doesn't|doesnt|'s|’s)$/i;

export function scrubQuery(text: string): string {
  const cleaned = removePostcodes(
    text.replace(EMAIL, "[email]").replace(LONG_NUMBER, "[number]"),
    "[postcode]",
  ).replace(INTRODUCED_NAME, (_, lead: string) => `${lead} [name]`);
  const words = cleaned.split(/\s+/).filter(Boolean);
  return words
    .map((word, i) => {
      const bare = word.replace(/[.,!?;:]+$/, "").replace(/['’]s$/, "");
      if (!CAPITALISED.test(bare) || NOT_NAMES.has(bare.toLowerCase().replace(/['’]/g, ""))) return word;
      // The first word is capitalised in ordinary sentences; it is a name only when a verb follows ("Jack has…").
      if (i === 0 && !(STARTS_SENTENCE_AS_NAME.test(words[1] ?? "") || /['’]s$/.test(word))) return word;
      return "[name]";
    })
    .join(" ")
    .slice(0, 200);
}
