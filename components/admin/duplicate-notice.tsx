// "This looks like an existing listing": the likely match, the two side by side, and "Merge into …".
// One section for a new listing sent for approval (its review page) and for an unpublished listing,
// such as an imported one (its own page), so officers read and merge duplicates the same way.
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { DiffTable } from "@/components/admin/diff-table";
import type { LikelyDuplicate } from "@/lib/duplicates/data";
import { describeReasons } from "@/lib/duplicates/match";
import { mergeDuplicateAction } from "@/lib/moderation/actions";
import { diffListings } from "@/lib/revisions/diff";
import type { ListingInput } from "@/lib/services/schema";

/** What lib/moderation/loaders.ts loadDuplicateFor returns when it finds a match. */
export type DuplicateMatch = { match: LikelyDuplicate; existing: ListingInput; existingId: string };

type Props = {
  duplicate: DuplicateMatch;
  /** The new listing: a submitted revision's data, or the unpublished listing as it is. */
  candidate: ListingInput;
  /** What is merged: a new-listing revision, or an unpublished listing (which is then archived). */
  from: { revisionId: string } | { serviceId: string };
  /** Only an officer who may decide it sees the button (not the author of their own change). */
  mayMerge: boolean;
};

export function DuplicateNotice({ duplicate, candidate, from, mayMerge }: Props) {
  const { match, existing, existingId } = duplicate;
  const isListing = "serviceId" in from;
  const thisOne = isListing ? "This listing" : "This submission";
  return (
    <section aria-labelledby="duplicate" className="mt-6 border-l-8 border-warning bg-panel p-4">
      <h2 id="duplicate" className="text-2xl">
        This looks like {match.name}
      </h2>
      <p className="mt-2">
        {thisOne} has the {describeReasons(match.reasons)} as{" "}
        <Link href={`/admin/listings/${existingId}`}>{match.name}</Link> ({match.organisationName}). Compare them below.
        If they are the same service, merge {isListing ? "this listing" : "this submission"} into the existing listing
        instead of {isListing ? "publishing" : "approving"} a second one.
      </p>
      <DiffTable
        rows={diffListings(existing, candidate)}
        beforeLabel={`Existing: ${match.name}`}
        afterLabel={thisOne}
      />
      {mayMerge && (
        <ActionForm
          action={mergeDuplicateAction}
          hidden={{ ...from, targetId: existingId }}
          submitLabel={`Merge into ${match.name}`}
        >
          <p className="mt-4">
            Its details become a change to {match.name}, waiting for approval like any other
            {isListing ? ", and this listing is archived" : ""}. Nothing goes live until it is approved.
          </p>
        </ActionForm>
      )}
    </section>
  );
}
