import type { Metadata } from "next";
import Link from "next/link";
import { ListingEditor } from "@/components/admin/listing-editor";
import { adviseOnListing } from "@/lib/plain-language/advise";
import { saveListingAction } from "@/lib/revisions/actions";
import { listingFromService } from "@/lib/revisions/listing-from-service";
import { listingInputToForm } from "@/lib/revisions/listing-form";
import { loadListing, loadOwnRevision } from "@/lib/revisions/loaders";
import type { ListingInput } from "@/lib/services/schema";
import { loadVocabulary } from "@/lib/taxonomy/loaders";
import { formatDate } from "@/lib/services/format";
import { SuggestionNotes } from "@/components/suggestions/suggestion-notes";
import { loadSuggestionNotes } from "@/lib/suggestions/loaders";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ restored?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { listing } = await loadListing((await params).id);
  return { title: `Edit ${listing.name}` };
}

export default async function EditListingPage({ params, searchParams }: Props) {
  const { listing } = await loadListing((await params).id);
  const { restored } = await searchParams;
  if (listing.archivedAt) {
    return (
      <>
        <h1 className="text-3xl">{listing.name} is archived</h1>
        <p className="mt-3">
          Restore it from the <Link href={`/admin/listings/${listing.id}`}>listing page</Link> before you edit it.
        </p>
      </>
    );
  }
  const [own, vocabulary] = await Promise.all([loadOwnRevision(listing.id), loadVocabulary()]);
  // Carry on from your own unfinished or returned change; otherwise start from the live version.
  const useOwn = own && (own.state !== "rejected" || own.updatedAt > listing.updatedAt);
  const startFrom: ListingInput = useOwn ? (own.data as ListingInput) : listingFromService(listing);
  const advice = await adviseOnListing(startFrom.summary ?? "", startFrom.description ?? "", startFrom.easyRead);
  const toOptions = (terms: { code: string; name: string }[]) => terms.map((t) => ({ value: t.code, label: t.name }));
  return (
    <>
      <p className="text-base">
        <Link href={`/admin/listings/${listing.id}`}>Back to {listing.name}</Link>
      </p>
      <h1 className="mt-2 text-3xl">Edit {listing.name}</h1>
      {restored && (
        <p role="status" className="mt-4 border-l-8 border-success bg-panel p-4">
          The earlier version is loaded below as your draft. Check it, then send it for approval.
        </p>
      )}
      {useOwn && own.state === "rejected" && (
        <div className="mt-4 border-l-8 border-warning bg-panel p-4">
          <p className="font-bold">Your change was returned on {formatDate(own.decidedAt)}. What needs to change:</p>
          <p className="mt-1 whitespace-pre-wrap">{own.reason}</p>
        </div>
      )}
      {own?.state === "changes_requested" && (
        <div className="mt-4 border-l-8 border-warning bg-panel p-4">
          <p className="font-bold">An officer asked for changes on {formatDate(own.decidedAt)}. What they asked for:</p>
          <p className="mt-1 whitespace-pre-wrap">{own.reason}</p>
          <p className="mt-1">Make the changes below, then send it for approval again.</p>
        </div>
      )}
      {own?.state === "submitted" && (
        <p className="mt-4 border-l-8 border-brand bg-panel p-4">
          Your change is waiting for approval. Saving again replaces it.
        </p>
      )}
      {own?.state === "draft" && (
        <p className="mt-4 border-l-8 border-brand bg-panel p-4">
          You are carrying on from your draft saved on {formatDate(own.updatedAt)}.
        </p>
      )}
      <SuggestionNotes notes={await loadSuggestionNotes(own?.id)} />
      <p className="mt-4 max-w-3xl">Nothing you change here is public until another officer approves it.</p>
      <ListingEditor
        action={saveListingAction}
        serviceId={listing.id}
        baseUpdatedAt={((useOwn && own.state !== "rejected" && own.baseUpdatedAt) || listing.updatedAt).toISOString()}
        initial={listingInputToForm(startFrom)}
        advice={advice}
        options={{
          categories: toOptions(vocabulary.categories),
          needs: toOptions(vocabulary.needs),
          areas: toOptions(vocabulary.areas),
        }}
      />
    </>
  );
}
