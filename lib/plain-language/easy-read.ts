// Advice on an easy-read summary, line by line: easy read wants short sentences (15 words at most, the
// usual easy-read guidance) and one idea a line. Advice only: it never blocks saving. Pure, unit-tested.
import { easyReadLines } from "@/lib/services/easy-read";
import { BUILT_IN_JARGON, checkPlainLanguage, splitSentences, type JargonRule, type LanguageAdvice } from "./check";

export const EASY_READ_SENTENCE_WORDS = 15;

export type EasyReadAdvice = {
  readingAge: LanguageAdvice["readingAge"];
  /** Lines with a sentence over 15 words: line number (from 1), its first words and its length. */
  longLines: { line: number; start: string; words: number }[];
  /** Lines holding more than one sentence: one idea a line reads more easily. */
  crowdedLines: { line: number; start: string; sentences: number }[];
  jargon: LanguageAdvice["jargon"];
};

const wordsOf = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const startOf = (s: string) => wordsOf(s).slice(0, 8).join(" ");

export function checkEasyRead(text: string, rules: JargonRule[] = BUILT_IN_JARGON): EasyReadAdvice {
  const lines = easyReadLines(text);
  const longLines: EasyReadAdvice["longLines"] = [];
  const crowdedLines: EasyReadAdvice["crowdedLines"] = [];
  lines.forEach((line, i) => {
    const sentences = splitSentences(line);
    const longest = Math.max(0, ...sentences.map((s) => wordsOf(s).length));
    if (longest > EASY_READ_SENTENCE_WORDS) longLines.push({ line: i + 1, start: startOf(line), words: longest });
    if (sentences.length > 1) crowdedLines.push({ line: i + 1, start: startOf(line), sentences: sentences.length });
  });
  // Each line is a sentence of its own for the reading age, even one the writer left without a full stop.
  const whole = checkPlainLanguage(lines.map((l) => (/[.!?]$/.test(l) ? l : `${l}.`)).join("\n\n"), rules);
  return { readingAge: whole.readingAge, longLines, crowdedLines, jargon: whole.jargon };
}
