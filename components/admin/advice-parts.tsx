// Pieces the plain-language check's advice is made of, shared by the advice on the summary and description
// (language-advice.tsx) and on the easy-read summary (easy-read-advice.tsx).
import type { ReactNode } from "react";

/** "Reading age about 11. Aim for 9 to 12." */
export function ReadingAgeLine({ readingAge, aim }: { readingAge: number | null; aim: string }) {
  return (
    <p>
      {readingAge === null
        ? "Too short to estimate a reading age."
        : `Reading age about ${readingAge}${readingAge >= 21 ? " or more" : ""}. Aim for ${aim}.`}
    </p>
  );
}

/** A heading line and its list, shown only when there is something to list. */
export function AdviceList<T>({
  intro,
  items,
  keyOf,
  render,
}: {
  intro: string;
  items: readonly T[];
  keyOf: (item: T, index: number) => string | number;
  render: (item: T) => ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <>
      <p className="mt-1">{intro}</p>
      <ul className="list-disc ps-6">
        {items.map((item, i) => (
          <li key={keyOf(item, i)}>{render(item)}</li>
        ))}
      </ul>
    </>
  );
}

export function JargonList({ jargon }: { jargon: readonly { found: string; suggestion: string }[] }) {
  return (
    <AdviceList
      intro="Words families may not know:"
      items={jargon}
      keyOf={(j) => j.found}
      render={(j) => (
        <>
          <strong>{j.found}</strong>: {j.suggestion}
        </>
      )}
    />
  );
}
