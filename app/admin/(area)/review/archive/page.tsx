import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { confirmBulkArchiveAction } from "@/lib/moderation/actions";
import { loadBulkArchive } from "@/lib/moderation/loaders";
import { parseIdList } from "@/lib/moderation/schema";

export const metadata: Metadata = { title: "Archive these listings?" };

type Props = { searchParams: Promise<{ ids?: string }> };

/** A plain check before many listings are hidden at once (the queue's "Archive selected listings"). */
export default async function ConfirmBulkArchivePage({ searchParams }: Props) {
  const { listings } = await loadBulkArchive(parseIdList((await searchParams).ids));
  return (
    <>
      <p className="text-base">
        <Link href="/admin/review">Back to the list</Link>
      </p>
      <h1 className="mt-2 text-3xl">Archive these listings?</h1>
      {listings.length === 0 ? (
        <p className="mt-4">No listings were chosen. Go back to the list and tick the ones to archive.</p>
      ) : (
        <>
          <p className="mt-4 max-w-3xl">
            These {listings.length} listings will be hidden from the public site and search. They are kept, and an
            officer can bring each one back from its listing page.
          </p>
          <ul className="mt-4 list-disc pl-6">
            {listings.map((l) => (
              <li key={l.id}>
                {l.name}
                {l.sourceSystem ? ` (imported from ${l.sourceSystem})` : ""}
                {l.archivedAt ? " — already archived" : ""}
              </li>
            ))}
          </ul>
          <ActionForm action={confirmBulkArchiveAction} hidden={{}} submitLabel={`Archive ${listings.length} listings`}>
            {listings.map((l) => (
              <input key={l.id} type="hidden" name="ids[]" value={l.id} />
            ))}
          </ActionForm>
        </>
      )}
    </>
  );
}
