import { describe, expect, it } from "vitest";
import {
  BUILT_IN_JARGON,
  checkPlainLanguage,
  countSyllables,
  jargonFromThesaurus,
  readingAge,
  splitSentences,
} from "./check";

describe("plain-language checker", () => {
  it("gives simple text a lower reading age than officialese", () => {
    const simple =
      "We run a play group on Mondays. Children can play with sand and water. Parents stay and have a cup of tea. It is free.";
    const hard =
      "The organisation facilitates comprehensive multidisciplinary interventions, utilising evidence-based methodologies to optimise developmental outcomes for individuals experiencing neurodevelopmental differences.";
    expect(readingAge(simple)!).toBeLessThan(10);
    expect(readingAge(hard)!).toBeGreaterThan(16);
    expect(readingAge("Too short.")).toBeNull();
  });

  it("flags sentences over 25 words", () => {
    const long = `${"word ".repeat(30).trim()}. Short one here.`;
    const advice = checkPlainLanguage(long);
    expect(advice.longSentences).toEqual([{ start: "word word word word word word word word", words: 30 }]);
  });

  it("flags jargon with a plainer choice, and thesaurus abbreviations only in capitals", () => {
    const rules = [
      ...BUILT_IN_JARGON,
      ...jargonFromThesaurus([
        {
          term: "adhd",
          synonyms: ["add", "attention deficit"],
          explanation: "ADHD makes it harder to concentrate. More detail.",
        },
      ]),
    ];
    const advice = checkPlainLanguage(
      "We facilitate sessions for children with ADHD. Please add your name in order to book.",
      rules,
    );
    expect(advice.jargon.map((j) => j.found)).toEqual(["facilitate", "in order to", "ADHD"]);
    expect(advice.jargon.find((j) => j.found === "ADHD")?.suggestion).toBe(
      "Explain it: ADHD makes it harder to concentrate.",
    );
  });

  it("splits sentences and counts syllables roughly", () => {
    expect(splitSentences("One. Two here!\n\nThree")).toEqual(["One.", "Two here!", "Three"]);
    expect([countSyllables("play"), countSyllables("family"), countSyllables("communication")]).toEqual([1, 3, 5]);
  });
});
