// The plain-language checker's advice, beside the summary and description. Advice only.
import type { ListingAdvice } from "@/lib/plain-language/advise";
import type { LanguageAdvice } from "@/lib/plain-language/check";
import { AdviceList, JargonList, ReadingAgeLine } from "./advice-parts";
import { EasyReadAdvicePart } from "./easy-read-advice";

function FieldAdvice({ label, advice }: { label: string; advice: LanguageAdvice }) {
  const fine = advice.longSentences.length === 0 && advice.jargon.length === 0 && (advice.readingAge ?? 0) <= 12;
  return (
    <div className="mt-3">
      <h3 className="text-lg font-bold">{label}</h3>
      <ReadingAgeLine readingAge={advice.readingAge} aim="9 to 12" />
      <AdviceList
        intro="Sentences over 25 words (split them up):"
        items={advice.longSentences}
        keyOf={(_, i) => i}
        render={(s) => `\u201c${s.start}…\u201d (${s.words} words)`}
      />
      <JargonList jargon={advice.jargon} />
      {fine && <p className="mt-1">No problems found.</p>}
    </div>
  );
}

export function LanguageAdvicePanel({ advice }: { advice: ListingAdvice }) {
  return (
    <section aria-labelledby="plain-language" className="mt-6 border-l-8 border-brand bg-panel p-4">
      <h2 id="plain-language" className="text-xl">
        Plain-language check
      </h2>
      <p className="text-base text-muted">
        Advice only: you can save whatever it says. Select &ldquo;Check plain language&rdquo; to check again after
        changes.
      </p>
      <FieldAdvice label="Summary" advice={advice.summary} />
      <FieldAdvice label="Description" advice={advice.description} />
      {advice.easyRead && <EasyReadAdvicePart advice={advice.easyRead} />}
    </section>
  );
}
