import type { Metadata } from "next";
import Link from "next/link";
import { ModerationQueue, type QueueRow } from "@/components/admin/moderation-queue";
import { bulkListingsAction } from "@/lib/moderation/actions";
import { loadModerationQueue } from "@/lib/moderation/loaders";
import { parseQueueKind, QUEUE_KIND_LABELS, QUEUE_KINDS, QUEUE_LIMIT, waitedFor } from "@/lib/moderation/queue";
import { describeReasons } from "@/lib/duplicates/match";
import { SuggestionsQueueSection } from "../suggestions/suggestions-queue-section";

export const metadata: Metadata = { title: "Waiting for approval" };

type Props = {
  searchParams: Promise<{
    kind?: string;
    approved?: string;
    rejected?: string;
    asked?: string;
    published?: string;
    archived?: string;
  }>;
};

function Done({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="mb-4 border-l-8 border-success bg-panel p-4">
      {children}
    </p>
  );
}

export default async function ReviewQueuePage({ searchParams }: Props) {
  const params = await searchParams;
  const kind = parseQueueKind(params.kind);
  const { items, counts, totals } = await loadModerationQueue(kind);
  const now = new Date();
  const rows: QueueRow[] = items.map((i) => ({
    key: i.key,
    href: i.href,
    what: i.what,
    who: i.who,
    waited: waitedFor(i.since, now),
    mine: i.mine,
    bulkId: i.bulkId,
    duplicate: i.duplicateOf && {
      name: i.duplicateOf.name,
      href: `/admin/listings/${i.duplicateOf.id}`,
      why: describeReasons(i.duplicateOf.reasons),
    },
  }));
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <>
      {params.approved && (
        <Done>
          The change is approved and live. <Link href={`/admin/listings/${params.approved}`}>See the listing</Link>.
        </Done>
      )}
      {params.rejected && <Done>The change is returned to its author with your reason.</Done>}
      {params.asked && (
        <Done>The provider has been asked for changes by email. It comes back here when they send it again.</Done>
      )}
      {params.published && <Done>{params.published} listings are published.</Done>}
      {params.archived && <Done>{params.archived} listings are archived.</Done>}
      <h1 className="text-3xl">Waiting for approval</h1>
      <p className="mt-2 max-w-3xl">
        New listings, changes from providers and officers, organisation profiles, advice pages, events and imported
        updates, the one waiting longest first.
      </p>
      <nav aria-label="Show only" className="mt-4">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>{kind ? <Link href="/admin/review">Everything ({all})</Link> : <strong>Everything ({all})</strong>}</li>
          {QUEUE_KINDS.map((k) => (
            <li key={k}>
              {kind === k ? (
                <strong aria-current="page">
                  {QUEUE_KIND_LABELS[k]} ({counts[k]})
                </strong>
              ) : (
                <Link href={`/admin/review?kind=${k}`}>
                  {QUEUE_KIND_LABELS[k]} ({counts[k]})
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p className="mt-4">Nothing is waiting.</p>
      ) : (
        <ModerationQueue rows={rows} action={bulkListingsAction} />
      )}
      {(totals.revisions > QUEUE_LIMIT || totals.unpublished > QUEUE_LIMIT) && (
        <p className="mt-4">
          Showing the oldest {QUEUE_LIMIT} of each kind: {totals.revisions} changes and {totals.unpublished} unpublished
          listings are waiting in all.
        </p>
      )}
      <p className="mt-4 text-base text-muted">
        Tick unpublished listings (imported or added) to publish or archive them together; each gets its own line in the
        audit log.
      </p>
      <SuggestionsQueueSection />
    </>
  );
}
