import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { loadAdviceIndex } from "@/lib/advice/loaders";
import { groupAdvicePages } from "@/lib/advice/groups";
import { pageMetadata } from "@/lib/platform/page-metadata";

export const metadata: Metadata = pageMetadata("/advice", {
  title: "Information and advice",
  description: "Plain answers about SEND support in Seabourne: assessments, EHC plans, disagreeing, travel and more.",
});

// Read from the database on every request: never baked into the build, which runs without a database
// (`npm run build` in the Dockerfile) and must not freeze the published pages of build time.
export const dynamic = "force-dynamic";

export default async function AdviceIndexPage() {
  const groups = groupAdvicePages(await loadAdviceIndex());
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl">Information and advice</h1>
      <p className="mt-2">
        Plain answers about support for children and young people with special educational needs and disabilities (SEND)
        in Seabourne: how to get help, what the council must do, and what you can do if you disagree.
      </p>
      <p className="mt-2">
        Not sure what a word means? Look it up in the <Link href="/glossary">jargon buster</Link>.
      </p>
      {groups.length === 0 && <p className="mt-4">There are no advice pages yet.</p>}
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`group-${g.key}`} className="mt-8">
          <h2 id={`group-${g.key}`} className="text-2xl">
            {g.heading}
          </h2>
          <ul className="mt-2 space-y-4">
            {g.pages.map((p) => (
              <li key={p.slug}>
                <Link href={`/advice/${p.slug}`} className="text-xl font-bold">
                  {p.title}
                </Link>
                <p>{p.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
