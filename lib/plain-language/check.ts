// Plain-language advice for listing text: a reading-age estimate, sentences over 25 words, and
// jargon or abbreviations with a plainer alternative. Advice only: it never blocks saving.
// Pure, unit-tested in check.test.ts.
export type JargonRule = { phrase: string; suggestion: string };
export type LanguageAdvice = {
  readingAge: number | null;
  words: number;
  longSentences: { start: string; words: number }[];
  jargon: { found: string; suggestion: string }[];
};

export const LONG_SENTENCE_WORDS = 25;

/** Everyday office words with a plainer choice (after the GOV.UK words-to-avoid list). */
export const BUILT_IN_JARGON: JargonRule[] = [
  { phrase: "EHCP", suggestion: 'Say "education, health and care plan (EHC plan)" the first time' },
  { phrase: "SENCo", suggestion: 'Say "the school\'s special educational needs coordinator (SENCo)" the first time' },
  { phrase: "SENCO", suggestion: 'Say "the school\'s special educational needs coordinator (SENCo)" the first time' },
  { phrase: "provision", suggestion: 'Say "support" or what you actually do' },
  { phrase: "facilitate", suggestion: 'Say "help" or "run"' },
  { phrase: "utilise", suggestion: 'Say "use"' },
  { phrase: "signpost", suggestion: 'Say "tell you about" or "point you to"' },
  { phrase: "in order to", suggestion: 'Say "to"' },
  { phrase: "holistic", suggestion: 'Say "looking at the whole child" or what you mean' },
  { phrase: "multi-agency", suggestion: 'Say "several services working together"' },
  { phrase: "stakeholders", suggestion: "Say who you mean: families, schools, health staff" },
  { phrase: "service users", suggestion: 'Say "children and families" or "people who use the service"' },
  { phrase: "commence", suggestion: 'Say "start"' },
  { phrase: "prior to", suggestion: 'Say "before"' },
];

/** Abbreviations from the search thesaurus (its synonyms like "asd", "semh"), with its explanation. */
export function jargonFromThesaurus(
  entries: { term: string; synonyms: string[]; explanation: string }[],
): JargonRule[] {
  const rules: JargonRule[] = [];
  for (const e of entries) {
    const plain = e.explanation.split(/(?<=\.)\s/)[0];
    for (const word of [e.term, ...e.synonyms]) {
      if (/^[a-z]{2,6}$/i.test(word) && !/[aeiou]{2}/i.test(word) && word.length <= 5)
        rules.push({ phrase: word.toUpperCase(), suggestion: `Explain it: ${plain}` });
    }
  }
  return rules;
}

export function splitSentences(text: string): string[] {
  return text
    .split(/\n{2,}|\n[-*•]\s*/)
    .flatMap((para) => para.replace(/\s+/g, " ").split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/))
    .map((s) => s.trim())
    .filter((s) => /[a-z0-9]/i.test(s));
}

const wordsOf = (s: string) => s.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w));

export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const groups = w
    .replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, "")
    .replace(/^y/, "")
    .match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/**
 * Flesch–Kincaid grade turned into a UK reading age (grade + 5). A rough guide: it rewards short
 * sentences and short words, which is what tired readers on phones need most.
 */
export function readingAge(text: string): number | null {
  const sentences = splitSentences(text);
  const words = sentences.flatMap(wordsOf);
  if (words.length < 10) return null;
  const syllables = words.reduce((n, w) => n + countSyllables(w), 0);
  const grade = 0.39 * (words.length / sentences.length) + 11.8 * (syllables / words.length) - 15.59;
  return Math.min(21, Math.max(6, Math.round(grade + 5)));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function checkPlainLanguage(text: string, rules: JargonRule[] = BUILT_IN_JARGON): LanguageAdvice {
  const sentences = splitSentences(text);
  const longSentences = sentences
    .map((s) => ({ start: wordsOf(s).slice(0, 8).join(" "), words: wordsOf(s).length }))
    .filter((s) => s.words > LONG_SENTENCE_WORDS);
  const jargon: LanguageAdvice["jargon"] = [];
  for (const rule of rules) {
    // Abbreviations match in capitals only ("ADD" the condition, not "add" the verb).
    const abbreviation = /^[A-Z][A-Za-z]{1,5}$/.test(rule.phrase) && rule.phrase === rule.phrase.toUpperCase();
    const re = new RegExp(`(?<![A-Za-z])${escape(rule.phrase)}(?![A-Za-z])`, abbreviation ? "" : "i");
    if (re.test(text) && !jargon.some((j) => j.found.toLowerCase() === rule.phrase.toLowerCase()))
      jargon.push({ found: rule.phrase, suggestion: rule.suggestion });
  }
  return { readingAge: readingAge(text), words: sentences.flatMap(wordsOf).length, longSentences, jargon };
}
