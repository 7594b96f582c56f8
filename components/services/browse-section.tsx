import { Link } from "@/components/ui/link";
import type { TermOption } from "@/lib/taxonomy/data";

/** A home-page entry point: a heading and one link per term into the filtered listing. */
export function BrowseSection({
  id,
  title,
  param,
  terms,
}: {
  id: string;
  title: string;
  param: string;
  terms: TermOption[];
}) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {terms.map((t) => (
          <li key={t.code}>
            <Link href={`/services?${param}=${encodeURIComponent(t.code)}`} className="text-lg font-semibold">
              {t.name}
            </Link>
            <p className="text-base text-muted">{t.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
