// The advice pages a search found, shown above the services: a parent who searches "tribunal" needs
// the page on disagreeing with a decision before any list of services.
import { Link } from "@/components/ui/link";
import type { AdviceCardView } from "@/lib/search/advice-document";

export function AdviceResults({ pages }: { pages: AdviceCardView[] }) {
  if (!pages.length) return null;
  return (
    <section aria-labelledby="advice-results-heading" className="mb-8 border-l-4 border-brand bg-panel p-4">
      <h2 id="advice-results-heading" className="text-2xl">
        Information and advice
      </h2>
      <ul>
        {pages.map((page) => (
          <li key={page.id} className="mt-3">
            <h3 className="text-xl">
              <Link href={`/advice/${page.slug}`}>{page.title}</Link>
            </h3>
            {page.audience === "young_people" && <p className="text-base text-muted">Written for young people</p>}
            <p className="mt-1">{page.summary}</p>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-base">
        <Link href="/advice">All information and advice</Link>
      </p>
    </section>
  );
}
