import { Link } from "@/components/ui/link";

export type YoungPeopleTopic = { slug: string; title: string; summary: string; hasEasyRead: boolean };

/** The young people's advice pages, each with its easy-read version when it has one. */
export function TopicList({ topics }: { topics: YoungPeopleTopic[] }) {
  if (topics.length === 0) return <p className="mt-3">There are no pages here yet. Please come back soon.</p>;
  return (
    <ul className="mt-4 grid gap-4 sm:grid-cols-2">
      {topics.map((t) => (
        <li key={t.slug} className="rounded border border-line p-4">
          <h3 className="text-xl">
            <Link href={`/advice/${t.slug}`}>{t.title}</Link>
          </h3>
          <p className="mt-2">{t.summary}</p>
          {t.hasEasyRead && (
            <p className="mt-2">
              <Link href={`/advice/${t.slug}/easy-read`}>
                Easy read<span className="sr-only"> version of {t.title}</span>
              </Link>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
