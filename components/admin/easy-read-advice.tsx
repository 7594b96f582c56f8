// The plain-language check's advice on the easy-read summary, line by line. Advice only: a long line is
// worth splitting, but the officer or provider decides.
import { EASY_READ_SENTENCE_WORDS, type EasyReadAdvice } from "@/lib/plain-language/easy-read";
import { AdviceList, JargonList, ReadingAgeLine } from "./advice-parts";

export function EasyReadAdvicePart({ advice }: { advice: EasyReadAdvice }) {
  const fine =
    advice.longLines.length === 0 &&
    advice.crowdedLines.length === 0 &&
    advice.jargon.length === 0 &&
    (advice.readingAge ?? 0) <= 9;
  return (
    <div className="mt-3">
      <h3 className="text-lg font-bold">Easy read</h3>
      <ReadingAgeLine readingAge={advice.readingAge} aim="7 to 9" />
      <AdviceList
        intro={`Long sentences (easy read keeps each to ${EASY_READ_SENTENCE_WORDS} words or fewer: split them up):`}
        items={advice.longLines}
        keyOf={(l) => l.line}
        render={(l) => `Line ${l.line}: \u201c${l.start}…\u201d (${l.words} words)`}
      />
      <AdviceList
        intro="Lines with more than one sentence (put each idea on its own line):"
        items={advice.crowdedLines}
        keyOf={(l) => l.line}
        render={(l) => `Line ${l.line}: \u201c${l.start}…\u201d (${l.sentences} sentences)`}
      />
      <JargonList jargon={advice.jargon} />
      {fine && <p className="mt-1">No problems found.</p>}
    </div>
  );
}
