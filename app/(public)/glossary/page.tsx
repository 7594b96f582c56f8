import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { TeamPhone } from "@/components/ui/team-phone";
import { loadGlossary } from "@/lib/glossary/loaders";
import { pageMetadata } from "@/lib/platform/page-metadata";

export const metadata: Metadata = pageMetadata("/glossary", {
  title: "Jargon buster",
  description: "What the words and abbreviations used about SEND mean, from ADHD to young carers, in plain English.",
});

const letterId = (letter: string) => `letter-${letter === "#" ? "other" : letter.toLowerCase()}`;

/** "Find services for autism", "… for ADHD": abbreviations as written, other words in lower case. */
const searchName = (e: { term: string; heading: string }) =>
  e.heading === e.term.charAt(0).toUpperCase() + e.term.slice(1) ? e.term : e.heading;

// Read from the database on every request: never baked into the build, which runs without a database
// (`npm run build` in the Dockerfile) and must not freeze the published pages of build time.
export const dynamic = "force-dynamic";

export default async function GlossaryPage() {
  const letters = await loadGlossary();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl">Jargon buster</h1>
      <p className="mt-2">
        What the words and abbreviations you may see about special educational needs and disabilities (SEND) mean, in
        plain English. On service and advice pages, these words link here.
      </p>

      <nav aria-labelledby="jump-title" className="mt-6">
        <h2 id="jump-title" className="text-xl">
          Jump to a letter
        </h2>
        <ul className="mt-2 flex flex-wrap gap-1 text-xl">
          {letters.map(({ letter, entries }) => (
            <li key={letter}>
              {entries.length ? (
                <a href={`#${letterId(letter)}`} className="inline-block min-w-11 px-2 py-1 text-center font-bold">
                  {letter}
                </a>
              ) : (
                <span className="inline-block min-w-11 px-2 py-1 text-center text-muted">
                  {letter}
                  <span className="sr-only"> (no words)</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>

      {letters
        .filter((l) => l.entries.length)
        .map(({ letter, entries }) => (
          <section key={letter} aria-labelledby={letterId(letter)} className="mt-8 border-t-2 border-line pt-4">
            <h2 id={letterId(letter)} className="text-3xl">
              {letter}
            </h2>
            {entries.map((e) => (
              <div key={e.id} id={e.id} className="mt-6 scroll-mt-4">
                <h3 className="text-xl">{e.heading}</h3>
                <p className="mt-1">{e.explanation}</p>
                {e.otherNames.length > 0 && (
                  <p className="mt-1">
                    <span className="font-bold">You may also see:</span> {e.otherNames.join(", ")}
                  </p>
                )}
                <p className="mt-1">
                  <Link href={`/services?q=${encodeURIComponent(e.term)}`}>Find services for {searchName(e)}</Link>
                </p>
              </div>
            ))}
          </section>
        ))}

      <p className="mt-10 border-t-2 border-line pt-4">
        Seen a word that is not here? Ask the Local Offer team on <TeamPhone />, or{" "}
        <Link href="/feedback">tell us which word</Link> and we will look at adding it.
      </p>
    </div>
  );
}
