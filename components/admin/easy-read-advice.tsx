// The plain-language check's advice on the easy-read summary, line by line. Advice only: a long line is
// worth splitting, but the officer or provider decides.
import { EASY_READ_SENTENCE_WORDS, type EasyReadAdvice } from "@/lib/plain-language/easy-read";

export function EasyReadAdvicePart({ advice }: { advice: EasyReadAdvice }) {
  const fine =
    advice.longLines.length === 0 &&
    advice.crowdedLines.length === 0 &&
    advice.jargon.length === 0 &&
    (advice.readingAge ?? 0) <= 9;
  return (
    <div className="mt-3">
      <h3 className="text-lg font-bold">Easy read</h3>
      <p>
        {advice.readingAge === null
          ? "Too short to estimate a reading age."
          : `Reading age about ${advice.readingAge}${advice.readingAge >= 21 ? " or more" : ""}. Aim for 7 to 9.`}
      </p>
      {advice.longLines.length > 0 && (
        <>
          <p className="mt-1">
            Long sentences (easy read keeps each to {EASY_READ_SENTENCE_WORDS} words or fewer: split them up):
          </p>
          <ul className="list-disc pl-6">
            {advice.longLines.map((l) => (
              <li key={l.line}>
                Line {l.line}: &ldquo;{l.start}…&rdquo; ({l.words} words)
              </li>
            ))}
          </ul>
        </>
      )}
      {advice.crowdedLines.length > 0 && (
        <>
          <p className="mt-1">Lines with more than one sentence (put each idea on its own line):</p>
          <ul className="list-disc pl-6">
            {advice.crowdedLines.map((l) => (
              <li key={l.line}>
                Line {l.line}: &ldquo;{l.start}…&rdquo; ({l.sentences} sentences)
              </li>
            ))}
          </ul>
        </>
      )}
      {advice.jargon.length > 0 && (
        <>
          <p className="mt-1">Words families may not know:</p>
          <ul className="list-disc pl-6">
            {advice.jargon.map((j) => (
              <li key={j.found}>
                <strong>{j.found}</strong>: {j.suggestion}
              </li>
            ))}
          </ul>
        </>
      )}
      {fine && <p className="mt-1">No problems found.</p>}
    </div>
  );
}
