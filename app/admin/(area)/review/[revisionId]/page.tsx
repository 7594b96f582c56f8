import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { ReturnToAuthor } from "@/components/admin/return-to-author";
import { AskForChanges } from "@/components/admin/ask-for-changes";
import { SubmissionReview } from "@/components/admin/submission-review";
import { loadSubmissionForReview } from "@/lib/submissions/loaders";
import { loadVocabulary } from "@/lib/taxonomy/loaders";
import { DiffTable } from "@/components/admin/diff-table";
import { DuplicateNotice } from "@/components/admin/duplicate-notice";
import { ProfileChangeReview } from "@/components/admin/profile-change-review";
import { AdviceChangeReview } from "@/components/admin/advice-change-review";
import { loadAdvicePageForReview } from "@/lib/advice/loaders";
import { adviceTitle } from "@/lib/advice/schema";
import { loadOrganisationForReview } from "@/lib/organisations/loaders";
import { canDecideRevision } from "@/lib/auth/roles";
import { approveRevisionAction, rejectRevisionAction } from "@/lib/revisions/actions";
import { loadDuplicateFor } from "@/lib/moderation/loaders";
import { diffListings } from "@/lib/revisions/diff";
import { listingFromService } from "@/lib/revisions/listing-from-service";
import { revisionAuthorName } from "@/lib/revisions/author-name";
import { loadRevisionForReview } from "@/lib/revisions/loaders";
import type { ListingInput } from "@/lib/services/schema";
import { formatDate } from "@/lib/services/format";
import { REVISION_STATE_WORDS } from "@/lib/revisions/state-words";

type Props = {
  params: Promise<{ revisionId: string }>;
  searchParams: Promise<{ merged?: string; terms?: string; organisation?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { revision } = await loadRevisionForReview((await params).revisionId);
  if (revision.subject === "organisation") {
    const organisation = await loadOrganisationForReview(revision.organisationId);
    return { title: `Check the change to ${organisation?.name ?? "an organisation"}'s details` };
  }
  if (revision.subject === "advice")
    return { title: `Check the change to the advice page ${adviceTitle(revision.data)}` };
  return { title: reviewTitle(revision) };
}

/** A change to a live listing, or a new listing named by what it would be called. */
function reviewTitle(revision: { service?: { name: string } | null; data: unknown }): string {
  if (revision.service) return `Check the change to ${revision.service.name}`;
  const name = (revision.data as Partial<ListingInput> | null)?.name;
  return name ? `Check the new listing ${name}` : "Check a new listing";
}

const REJECT_WORDS = {
  submission: "Use this when the service should not be listed. The person who sent it can add it again later.",
  change: "Use this when the change should not go ahead. The author can still start again.",
};

export default async function ReviewRevisionPage({ params, searchParams }: Props) {
  const { user, revision } = await loadRevisionForReview((await params).revisionId);
  // A provider's change to their organisation's profile has its own comparison and decisions.
  if (revision.subject === "organisation")
    return (
      <ProfileChangeReview
        user={user}
        revision={revision}
        organisation={await loadOrganisationForReview(revision.organisationId)}
      />
    );
  // An officer's change to an advice page: its own comparison and the page as it will look.
  if (revision.subject === "advice") {
    const page = await loadAdvicePageForReview(revision.advicePageId);
    if (!page) notFound();
    return <AdviceChangeReview user={user} revision={revision} page={page} />;
  }
  const { merged, terms, organisation } = await searchParams;
  // Sent through "Add your service": who sent it, its waiting organisation, the categories and needs.
  const [submission, vocabulary] = await Promise.all([loadSubmissionForReview(revision.id), loadVocabulary()]);
  const waitingOrganisation = !!submission?.organisation && !submission.organisation.approvedAt;
  const live = revision.service ? listingFromService(revision.service) : null;
  const rows = diffListings(live, revision.data as ListingInput);
  const liveChanged =
    !!revision.service &&
    !!revision.baseUpdatedAt &&
    revision.service.updatedAt.getTime() !== revision.baseUpdatedAt.getTime();
  const mayDecide = revision.state === "submitted" && canDecideRevision(user, revision.authorId);
  // A new listing may already be here: compare it side by side and offer to merge instead.
  const duplicate =
    revision.state === "submitted" && revision.subject === "service" && !revision.serviceId
      ? await loadDuplicateFor({ organisationId: revision.organisationId, listing: revision.data as ListingInput })
      : null;
  return (
    <>
      <p className="text-base">
        <Link href="/admin/review">Back to the list</Link>
      </p>
      <h1 className="mt-2 text-3xl">{reviewTitle(revision)}</h1>
      <p className="mt-2">
        {submission ? "Sent" : `Sent by ${revisionAuthorName(revision)}`}
        {revision.submittedAt ? ` on ${formatDate(revision.submittedAt)}` : ""}. This change is{" "}
        {REVISION_STATE_WORDS[revision.state]}.
        {revision.state === "rejected" && revision.reason ? ` Reason: ${revision.reason}` : ""}
      </p>
      {submission && (
        <SubmissionReview
          submission={submission}
          revision={revision}
          vocabulary={vocabulary}
          notice={{ termsSaved: terms === "saved", organisationApproved: organisation === "approved" }}
        />
      )}
      {liveChanged && (
        <p className="mt-4 border-l-8 border-warning bg-panel p-4">
          The live listing changed after this edit was started. The table compares with the listing as it is now: check
          nobody&apos;s change is lost.
        </p>
      )}
      {merged && (
        <p role="status" className="mt-4 border-l-8 border-success bg-panel p-4">
          The submission is merged: its details are now this change to the existing listing, and the provider has been
          told. Check what changes, then approve it.
        </p>
      )}
      {revision.state === "changes_requested" && revision.reason && (
        <p className="mt-4 border-l-8 border-warning bg-panel p-4 whitespace-pre-wrap">
          Changes asked for: {revision.reason}
        </p>
      )}
      {duplicate && (
        <DuplicateNotice
          duplicate={duplicate}
          candidate={revision.data as ListingInput}
          from={{ revisionId: revision.id }}
          mayMerge={mayDecide}
        />
      )}
      <h2 className="mt-6 text-2xl">What changes</h2>
      <DiffTable rows={rows} beforeLabel="Live now" afterLabel="Proposed" />
      {mayDecide ? (
        <div className="mt-8 grid gap-8 md:grid-cols-2">
          <section aria-labelledby="approve">
            <h2 id="approve" className="text-2xl">
              Approve
            </h2>
            {waitingOrganisation ? (
              <p className="mt-2">Approve the organisation first (above). Then you can approve this service.</p>
            ) : (
              <p className="mt-2">The proposed version goes live at once and reaches search within a minute.</p>
            )}
            {!waitingOrganisation && (
              <ActionForm
                action={approveRevisionAction}
                hidden={{
                  revisionId: revision.id,
                  // The versions on this page: approving is refused if either changes before the click.
                  version: revision.updatedAt.toISOString(),
                  liveVersion: revision.service?.updatedAt.toISOString() ?? "",
                }}
                submitLabel="Approve and publish"
              />
            )}
          </section>
          <AskForChanges revisionId={revision.id} who={submission ? "person who sent it" : "provider"} />
          <ReturnToAuthor
            action={rejectRevisionAction}
            revisionId={revision.id}
            hint={submission ? "The person who sent it gets this by email." : undefined}
          >
            <p className="mt-2">{submission ? REJECT_WORDS.submission : REJECT_WORDS.change}</p>
          </ReturnToAuthor>
        </div>
      ) : revision.state === "submitted" ? (
        <p className="mt-8 border-l-8 border-brand bg-panel p-4">
          This is your own change: another officer must approve it.
        </p>
      ) : null}
    </>
  );
}
