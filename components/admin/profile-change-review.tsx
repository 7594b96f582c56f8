// The review page for a provider's change to their organisation's profile: the change against the
// live details, then approve (the one approval path) or return with a reason.
import Link from "next/link";
import { ChangeDecision } from "@/components/admin/change-decision";
import { DiffTable } from "@/components/admin/diff-table";
import { canDecideRevision, type SignedInUser } from "@/lib/auth/roles";
import { approveProfileChangeAction, returnProfileChangeAction } from "@/lib/organisations/actions";
import { diffProfiles } from "@/lib/organisations/diff";
import { revisionAuthorName } from "@/lib/revisions/author-name";
import { formatDate } from "@/lib/services/format";
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
  organisation: { id: string; name: string; updatedAt: Date } | null;
};

export function ProfileChangeReview({ user, revision, organisation }: Props) {
  const name = organisation?.name ?? "an organisation";
  const rows = diffProfiles(organisation, revision.data as Record<string, unknown>);
  const liveChanged =
    !!organisation && !!revision.baseUpdatedAt && organisation.updatedAt.getTime() !== revision.baseUpdatedAt.getTime();
  const mayDecide = !!organisation && revision.state === "submitted" && canDecideRevision(user, revision.authorId);
  return (
    <>
      <p className="text-base">
        <Link href="/admin/review">Back to the list</Link>
      </p>
      <h1 className="mt-2 text-3xl">Check the change to {name}&apos;s details</h1>
      <p className="mt-2">
        Sent by {revisionAuthorName(revision)}
        {revision.submittedAt ? ` on ${formatDate(revision.submittedAt)}` : ""}. This change is{" "}
        {REVISION_STATE_WORDS[revision.state] ?? revision.state}.
        {revision.state === "rejected" && revision.reason ? ` Reason: ${revision.reason}` : ""}
      </p>
      {organisation && (
        <p className="mt-2">
          <Link href={`/admin/organisations/${organisation.id}`}>See {name}&apos;s page, listings and people</Link>
        </p>
      )}
      {liveChanged && (
        <p className="mt-4 border-l-8 border-warning bg-panel p-4">
          The organisation&apos;s details changed after this change was sent. The table compares with the details as
          they are now: check nobody&apos;s change is lost.
        </p>
      )}
      <h2 className="mt-6 text-2xl">What changes</h2>
      <DiffTable rows={rows} beforeLabel="Live now" afterLabel="Proposed" />
      {mayDecide && (
        <ChangeDecision
          revision={revision}
          liveUpdatedAt={organisation.updatedAt}
          approve={approveProfileChangeAction}
          returnToAuthor={returnProfileChangeAction}
          onApprove="The organisation's details change at once."
        />
      )}
    </>
  );
}
