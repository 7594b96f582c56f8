import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { DuplicateNotice } from "@/components/admin/duplicate-notice";
import { LISTING_STATE_LABELS, listingState } from "@/lib/services/listing-state";
import { isStaff } from "@/lib/auth/roles";
import { markCheckedAction } from "@/lib/review-dates/actions";
import { archiveListingAction, publishListingAction, unarchiveListingAction } from "@/lib/revisions/actions";
import { revisionAuthorName } from "@/lib/revisions/author-name";
import { loadListing, loadListingWithRevisions } from "@/lib/revisions/loaders";
import { loadDuplicateOfUnpublished } from "@/lib/moderation/loaders";
import { formatDate, STATUS_LABELS } from "@/lib/services/format";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { listing } = await loadListing((await params).id);
  return { title: `${listing.name} (staff view)` };
}

const FLASH: Record<string, string> = {
  draft: "Your draft is saved. It is not public until you send it for approval and another officer approves it.",
  submitted: "Your change has been sent for approval. The public page shows the current version until it is approved.",
  archived: "The listing is archived. It no longer appears on the public site.",
  unarchived: "The listing is back. It appears on the public site again if it was published.",
  published: "The listing is now public.",
  created: "The listing is added. It is not public until another officer checks and publishes it.",
  checked: "The listing is marked as checked today. The next review is due in 12 months.",
};

export default async function ListingPage({ params, searchParams }: Props) {
  const { user, listing, revisions } = await loadListingWithRevisions((await params).id);
  const { saved } = await searchParams;
  const pending = revisions.filter((r) => r.state === "submitted");
  const state = listingState({ ...listing, pendingRevisions: pending.length });
  // Not public yet (an import, say) and like an existing listing: offer to merge instead of publishing.
  const duplicate = listing.publishedAt ? null : await loadDuplicateOfUnpublished(user, listing.id);
  return (
    <>
      {saved && FLASH[saved] && (
        <p role="status" className="mb-4 border-l-8 border-success bg-panel p-4">
          {FLASH[saved]}
        </p>
      )}
      <p className="text-base">
        <Link href="/admin/listings">Back to listings</Link>
      </p>
      <h1 className="mt-2 text-3xl">{listing.name}</h1>
      <p className="text-muted">Run by {listing.organisation.name}</p>
      <dl className="mt-4 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">State</dt>
        <dd>{LISTING_STATE_LABELS[state]}</dd>
        <dt className="font-bold">Status</dt>
        <dd>{STATUS_LABELS[listing.status]}</dd>
        <dt className="font-bold">Last checked</dt>
        <dd>{listing.lastCheckedAt ? formatDate(listing.lastCheckedAt) : "Not yet checked"}</dd>
        <dt className="font-bold">Review due</dt>
        <dd>{listing.reviewDueAt ? formatDate(listing.reviewDueAt) : "Now"}</dd>
        <dt className="font-bold">Public page</dt>
        <dd>
          {listing.publishedAt && !listing.archivedAt ? (
            <Link href={`/services/${listing.slug}`}>/services/{listing.slug}</Link>
          ) : (
            "Not public"
          )}
        </dd>
      </dl>

      {duplicate && (
        <DuplicateNotice
          duplicate={duplicate}
          candidate={duplicate.candidate}
          from={{ serviceId: listing.id }}
          mayMerge={isStaff(user)}
        />
      )}

      <ul className="mt-6 flex flex-wrap gap-4">
        {!listing.archivedAt && (
          <li>
            <Link className="button" href={`/admin/listings/${listing.id}/edit`}>
              Edit this listing
            </Link>
          </li>
        )}
        <li>
          <Link className="button button-secondary" href={`/admin/listings/${listing.id}/history`}>
            Version history
          </Link>
        </li>
        {isStaff(user) && (
          <li>
            <Link className="button button-secondary" href={`/admin/audit?entityId=${listing.id}`}>
              Audit log for this listing
            </Link>
          </li>
        )}
      </ul>

      {pending.length > 0 && isStaff(user) && (
        <section aria-labelledby="pending" className="mt-8">
          <h2 id="pending" className="text-2xl">
            Waiting for approval
          </h2>
          <ul className="mt-2">
            {pending.map((r) => (
              <li key={r.id}>
                <Link href={`/admin/review/${r.id}`}>
                  Change by {revisionAuthorName(r)}, sent {formatDate(r.submittedAt)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {isStaff(user) && !listing.archivedAt && (
        <section aria-labelledby="checked" className="mt-8 max-w-2xl">
          <h2 id="checked" className="text-2xl">
            Checked with the provider
          </h2>
          <ActionForm
            action={markCheckedAction}
            hidden={{ serviceId: listing.id }}
            submitLabel="Mark as checked today"
            secondary
          >
            <p>
              If you have checked the listing with the provider another way (a phone call, a visit), record it here.
            </p>
          </ActionForm>
        </section>
      )}

      {isStaff(user) && (
        <section aria-labelledby="manage" className="mt-8 max-w-2xl">
          <h2 id="manage" className="text-2xl">
            Publish or archive
          </h2>
          {!listing.publishedAt && !listing.archivedAt && (
            <ActionForm
              action={publishListingAction}
              hidden={{ serviceId: listing.id }}
              submitLabel="Publish this listing as it is"
            >
              <p>
                This listing came in from an import or a provider and is not public yet. Check it before you publish it.
              </p>
            </ActionForm>
          )}
          {listing.archivedAt ? (
            <ActionForm
              action={unarchiveListingAction}
              hidden={{ serviceId: listing.id }}
              submitLabel="Restore from archive"
            >
              <p>
                Archived on {formatDate(listing.archivedAt)}. Restoring puts it back on the public site if it was
                published.
              </p>
            </ActionForm>
          ) : (
            <ActionForm
              action={archiveListingAction}
              hidden={{ serviceId: listing.id }}
              submitLabel="Archive this listing"
              secondary
            >
              <p>
                Archiving takes the listing off the public site and out of search. Its history is kept and you can
                restore it. To pause a service for a while, edit it and set its status to &ldquo;Temporarily
                closed&rdquo; instead.
              </p>
            </ActionForm>
          )}
        </section>
      )}
    </>
  );
}
