// The review page for an officer's change to an advice page: the change against the live page, the
// proposed page rendered as families would see it, then approve (the one approval path), ask for
// changes or return with a reason. Four eyes: the author sees no buttons.
import Link from "next/link";
import { ChangeDecision } from "@/components/admin/change-decision";
import { DiffTable } from "@/components/admin/diff-table";
import { canDecideRevision, type SignedInUser } from "@/lib/auth/roles";
import { approveRevisionAction, rejectRevisionAction } from "@/lib/revisions/actions";
import { revisionAuthorName } from "@/lib/revisions/author-name";
import { formatDate } from "@/lib/services/format";
import { diffAdvice } from "@/lib/advice/diff";
import { liveContentOf } from "@/lib/advice/live-content";
import { renderMarkdown } from "@/lib/advice/render-markdown";
import { adviceTitle } from "@/lib/advice/schema";
import { REVISION_STATE_WORDS } from "@/lib/revisions/state-words";

type Props = {
  user: SignedInUser;
  revision: {
    id: string;
    state: string;
    reason: string | null;
    data: unknown;
    authorId: string | null;
    author: { email: string | null } | null;
    importSource: string | null;
    submittedAt: Date | null;
    baseUpdatedAt: Date | null;
    updatedAt: Date;
  };
  page: Parameters<typeof liveContentOf>[0] & { id: string; slug: string; publishedAt: Date | null; updatedAt: Date };
};

export function AdviceChangeReview({ user, revision, page }: Props) {
  const next = (revision.data ?? {}) as Record<string, unknown>;
  const rows = diffAdvice(page.publishedAt ? liveContentOf(page) : null, next);
  const liveChanged = !!revision.baseUpdatedAt && page.updatedAt.getTime() !== revision.baseUpdatedAt.getTime();
  const mayDecide = revision.state === "submitted" && canDecideRevision(user, revision.authorId);
  const body = typeof next.body === "string" ? next.body : "";
  return (
    <>
      <p className="text-base">
        <Link href="/admin/review">Back to the list</Link>
      </p>
      <h1 className="mt-2 text-3xl">Check the change to the advice page {adviceTitle(next)}</h1>
      <p className="mt-2">
        Sent by {revisionAuthorName(revision)}
        {revision.submittedAt ? ` on ${formatDate(revision.submittedAt)}` : ""}. This change is{" "}
        {REVISION_STATE_WORDS[revision.state] ?? revision.state}.
        {revision.state === "rejected" && revision.reason ? ` Reason: ${revision.reason}` : ""}
      </p>
      <p className="mt-2">
        {page.publishedAt ? (
          <Link href={`/advice/${page.slug}`}>See the live page</Link>
        ) : (
          "This page is not public yet: approving publishes it."
        )}{" "}
        · <Link href={`/admin/advice/${page.id}`}>The page in the staff area</Link>
      </p>
      {liveChanged && (
        <p className="mt-4 border-l-8 border-warning bg-panel p-4">
          The page changed after this change was sent. The table compares with the page as it is now: check
          nobody&apos;s change is lost.
        </p>
      )}
      <h2 className="mt-6 text-2xl">What changes</h2>
      <DiffTable rows={rows} beforeLabel={page.publishedAt ? "Live now" : "Nothing yet"} afterLabel="Proposed" />
      <h2 className="mt-6 text-2xl">How the proposed page will look</h2>
      <div
        className="advice-body mt-2 max-w-2xl border-l-4 border-line pl-4"
        // Rendered by markdown-it with raw HTML off and links checked (lib/advice/render-markdown.ts).
        dangerouslySetInnerHTML={{ __html: renderMarkdown(body) }}
      />
      {mayDecide && (
        <ChangeDecision
          revision={revision}
          liveUpdatedAt={page.updatedAt}
          approve={approveRevisionAction}
          returnToAuthor={rejectRevisionAction}
          onApprove="The public page changes at once."
        />
      )}
    </>
  );
}
