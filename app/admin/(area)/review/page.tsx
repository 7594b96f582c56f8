import type { Metadata } from "next";
import Link from "next/link";
import { revisionAuthorName } from "@/lib/revisions/author-name";
import { loadReviewQueue } from "@/lib/revisions/loaders";
import { formatDate } from "@/lib/services/format";

export const metadata: Metadata = { title: "Waiting for approval" };

type Props = { searchParams: Promise<{ approved?: string; rejected?: string }> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const { user, revisions, unpublished } = await loadReviewQueue();
  const { approved, rejected } = await searchParams;
  return (
    <>
      {approved && (
        <p role="status" className="mb-4 border-l-8 border-success bg-panel p-4">
          The change is approved and live. <Link href={`/admin/listings/${approved}`}>See the listing</Link>.
        </p>
      )}
      {rejected && (
        <p role="status" className="mb-4 border-l-8 border-success bg-panel p-4">
          The change is returned to its author with your reason.
        </p>
      )}
      <h1 className="text-3xl">Waiting for approval</h1>
      <h2 className="mt-6 text-2xl">Changes sent for approval ({revisions.length})</h2>
      {revisions.length === 0 ? (
        <p className="mt-2">Nothing is waiting.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {revisions.map((r) => (
            <li key={r.id}>
              <Link href={`/admin/review/${r.id}`}>{r.service?.name ?? "New listing"}</Link> — sent by{" "}
              {revisionAuthorName(r)} on {formatDate(r.submittedAt)}
              {r.author && r.author.email === user.email ? " (yours: another officer must approve it)" : ""}
            </li>
          ))}
        </ul>
      )}
      <h2 className="mt-8 text-2xl">New listings not yet public ({unpublished.length})</h2>
      <p className="mt-1 text-base text-muted">
        Imported or added listings stay hidden until an officer checks and publishes them.
      </p>
      {unpublished.length === 0 ? (
        <p className="mt-2">None.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {unpublished.map((s) => (
            <li key={s.id}>
              <Link href={`/admin/listings/${s.id}`}>{s.name}</Link> — {s.organisation.name}
              {s.sourceSystem ? `, imported from ${s.sourceSystem}` : ""} on {formatDate(s.createdAt)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
