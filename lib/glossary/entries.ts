// The jargon buster's entries, made from the thesaurus (ThesaurusEntry, edited at /admin/thesaurus).
// The thesaurus also holds the words families type ("sad all the time"); the glossary lists only the
// jargon among them. ADR 0019 explains the rule, which lives here and nowhere else:
//
//   A synonym is one of a term's "other names" when it is
//   1. an abbreviation the explanation uses: one word written there with two or more capitals ("ASD", "SpLD");
//   2. named in brackets in the explanation, as a whole item: "Short breaks (sometimes called respite)";
//   3. the spelled-out form of the term or of such an abbreviation: its words' first letters, skipping
//      "and", "of", "the", "for", spell it ("autism spectrum disorder" is ASD).
//
// Terms everyone knows (EVERYDAY_TERMS) are explained in the glossary but not linked in page text.
// Pure: unit-tested in entries.test.ts.
import type { ThesaurusEntry } from "@/lib/thesaurus/seed";

export type GlossaryEntry = {
  /** Anchor on /glossary: the term slugified ("ehcp", "speech-and-language-therapy"). */
  id: string;
  /** The thesaurus term, as search uses it ("/services?q=<term>"). */
  term: string;
  /** The term as a heading: "ADHD", "Speech and language therapy". */
  heading: string;
  explanation: string;
  /** Other names, written as the explanation writes them ("ASD", "autism spectrum disorder"). */
  otherNames: string[];
  /** Whether the term itself is linked in page text (its other names always are). */
  linkTerm: boolean;
};

/** Clear to every reader: linking them in every listing would be clutter, not help. */
export const EVERYDAY_TERMS: ReadonlySet<string> = new Set([
  "benefits",
  "deaf",
  "job",
  "make friends",
  "mental health",
  "mental health crisis",
  "sleep",
  "wheelchair",
]);

const SKIPPED_IN_INITIALS = new Set(["and", "of", "the", "for"]);

/** "Speech and language therapy" → "speech-and-language-therapy". */
export function glossaryId(term: string): string {
  return (
    term
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/['’]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "term"
  );
}

const plain = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]/g, "'")
    .replace(/[^a-z0-9']+/g, " ")
    .trim();

const initials = (s: string) =>
  plain(s)
    .split(" ")
    .filter((w) => !SKIPPED_IN_INITIALS.has(w))
    .map((w) => w[0])
    .join("");

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** How the explanation writes a word or phrase (whole words, any case), or null. */
function writtenAs(explanation: string, phrase: string): string | null {
  // "education health and care plan" is how the explanation's "Education, Health and Care plan" is typed.
  const pattern = escapeRegExp(phrase.replace(/,/g, "")).replace(/'/g, "['’]").replace(/ +/g, ",?\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, "iu").exec(explanation)?.[0] ?? null;
}

const capitals = (s: string) => (s.match(/\p{Lu}/gu) ?? []).length;

/** Items named in brackets: "(also called ASC, or autism spectrum disorder)" → "asc", "autism spectrum disorder". */
function bracketedNames(explanation: string): Set<string> {
  const names = new Set<string>();
  for (const [, inside] of explanation.matchAll(/\(([^()]*)\)/g))
    for (const item of inside.split(/,|\bor\b/))
      names.add(plain(item.replace(/^\s*(also|sometimes)?\s*(called|known as)\s+/i, "")));
  return names;
}

/** A glossary entry from one thesaurus entry: heading, anchor and the jargon among its synonyms. */
export function toGlossaryEntry(entry: ThesaurusEntry): GlossaryEntry {
  const { term, explanation } = entry;
  const termAsWritten = writtenAs(explanation, term);
  const heading =
    termAsWritten && capitals(termAsWritten) >= 2 ? termAsWritten : term.charAt(0).toUpperCase() + term.slice(1);
  const usedAsAbbreviation = (s: string) => {
    const written = writtenAs(explanation, s);
    return !!written && !/\s/.test(written) && capitals(written) >= 2;
  };
  // What a spelled-out form may spell: the term itself, or an abbreviation the explanation uses.
  const spellable = new Set([term, ...entry.synonyms.filter(usedAsAbbreviation)].map(plain));
  const bracketed = bracketedNames(explanation);

  const seen = new Set([plain(term)]);
  const otherNames: string[] = [];
  for (const synonym of entry.synonyms) {
    const key = plain(synonym);
    if (seen.has(key)) continue;
    const isJargon =
      usedAsAbbreviation(synonym) || bracketed.has(key) || (key.includes(" ") && spellable.has(initials(synonym)));
    if (!isJargon) continue;
    seen.add(key);
    const written = writtenAs(explanation, synonym);
    // As the explanation writes it ("EHC plan", "education, health and care plan"), minus a capital
    // that only starts a sentence.
    const sentenceCase = written && capitals(written) === 1 && /^\p{Lu}/u.test(written);
    otherNames.push(!written ? synonym : sentenceCase ? written.charAt(0).toLowerCase() + written.slice(1) : written);
  }
  return {
    id: glossaryId(term),
    term,
    heading,
    explanation,
    otherNames,
    linkTerm: !EVERYDAY_TERMS.has(plain(term)),
  };
}

export type GlossaryLetter = { letter: string; entries: GlossaryEntry[] };

export const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");

/**
 * A–Z: every letter, each with its entries sorted by heading (empty letters stay, so the jump list
 * can show them without a link). Headings not starting with A–Z go under "#" at the end.
 */
export function groupGlossary(entries: GlossaryEntry[]): GlossaryLetter[] {
  const sorted = [...entries].sort((a, b) => a.heading.localeCompare(b.heading, "en", { sensitivity: "base" }));
  const letterOf = (e: GlossaryEntry) => {
    const first = e.heading.normalize("NFKD").charAt(0).toUpperCase();
    return ALPHABET.includes(first) ? first : "#";
  };
  const letters = ALPHABET.map((letter) => ({ letter, entries: sorted.filter((e) => letterOf(e) === letter) }));
  const other = sorted.filter((e) => letterOf(e) === "#");
  return other.length ? [...letters, { letter: "#", entries: other }] : letters;
}

/** Entries with unique anchors (two terms slugifying alike get "-2"), in the thesaurus's order. */
export function buildGlossary(thesaurus: readonly ThesaurusEntry[]): GlossaryEntry[] {
  const used = new Map<string, number>();
  return thesaurus.map((t) => {
    const entry = toGlossaryEntry(t);
    const n = (used.get(entry.id) ?? 0) + 1;
    used.set(entry.id, n);
    return n === 1 ? entry : { ...entry, id: `${entry.id}-${n}` };
  });
}
