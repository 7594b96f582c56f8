// "You said, we did": published comments by period, then theme, each with the council's response
// and what it did. Only the officer-approved anonymised text comes here, rendered as React text.
import type { PeriodGroup } from "@/lib/feedback/publish/loaders";

export function YouSaidWeDidList({ periods, headingLevel = 2 }: { periods: PeriodGroup[]; headingLevel?: 2 | 3 }) {
  const PeriodHeading = headingLevel === 2 ? "h2" : "h3";
  const ThemeHeading = headingLevel === 2 ? "h3" : "h4";
  return (
    <>
      {periods.map((period) => (
        <section key={period.key} aria-labelledby={`period-${period.key}`} className="mt-8 break-inside-avoid-page">
          <PeriodHeading id={`period-${period.key}`} className="text-2xl">
            {period.label}
          </PeriodHeading>
          {period.themes.map((theme) => (
            <div key={theme.theme} className="mt-4">
              <ThemeHeading className="text-xl">{theme.label}</ThemeHeading>
              <ul className="mt-2 space-y-4">
                {theme.items.map((item) => (
                  <li key={item.id} className="break-inside-avoid border-l-4 border-brand pl-4">
                    <p className="font-bold">You said</p>
                    <p className="whitespace-pre-wrap">{item.text}</p>
                    <p className="mt-2 font-bold">Our response</p>
                    <p className="whitespace-pre-wrap">{item.response}</p>
                    {item.action && (
                      <>
                        <p className="mt-2 font-bold">What we did</p>
                        <p className="whitespace-pre-wrap">{item.action}</p>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
