// One advice page as families read it: the rendered Markdown (raw HTML off, links checked by
// lib/advice/render-markdown.ts), when it was last checked, and the related services.
import { JargonHint } from "@/components/glossary/jargon-text";
import { Link } from "@/components/ui/link";
import { formatDate } from "@/lib/services/format";

type Props = {
  title: string;
  html: string;
  lastCheckedAt: Date | null;
  related: { id: string; slug: string; name: string; summary: string }[];
  /** A link to the other version: the easy-read one from the full page, and back. */
  other?: { href: string; label: string };
};

export function AdviceArticle({ title, html, lastCheckedAt, related, other }: Props) {
  return (
    <article className="max-w-3xl">
      <p className="text-base">
        <Link href="/advice">Information and advice</Link>
      </p>
      <h1 className="mt-2 text-3xl">{title}</h1>
      {other && (
        <p className="mt-2">
          <Link href={other.href}>{other.label}</Link>
        </p>
      )}
      <div className="advice-body mt-4" dangerouslySetInnerHTML={{ __html: html }} />
      <JargonHint />
      {lastCheckedAt && <p className="mt-8 text-base text-muted">Last checked {formatDate(lastCheckedAt)}</p>}
      {related.length > 0 && (
        <section aria-labelledby="related-title" className="mt-8 border-t-2 border-line pt-4">
          <h2 id="related-title" className="text-2xl">
            Services that can help
          </h2>
          <ul className="mt-2 space-y-3">
            {related.map((s) => (
              <li key={s.id}>
                <Link href={`/services/${s.slug}`} className="font-bold">
                  {s.name}
                </Link>
                <p>{s.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
