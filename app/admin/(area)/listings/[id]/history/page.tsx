import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { isStaff } from "@/lib/auth/roles";
import { restoreOriginalAction, restoreRevisionAction } from "@/lib/revisions/actions";
import { revisionAuthorName } from "@/lib/revisions/author-name";
import { loadListing, loadListingHistory } from "@/lib/revisions/loaders";
import { formatDate } from "@/lib/services/format";
import { Table } from "@/components/ui/table";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { listing } = await loadListing((await params).id);
  return { title: `Version history of ${listing.name}` };
}

const STATE = {
  draft: "Draft",
  submitted: "Waiting for approval",
  changes_requested: "Changes asked for",
  approved: "Approved",
  rejected: "Returned",
} as const;

export default async function HistoryPage({ params }: Props) {
  const { user, listing, revisions, original } = await loadListingHistory((await params).id);
  const approved = revisions.filter((r) => r.state === "approved");
  const currentId = approved[0]?.id;
  return (
    <>
      <p className="text-base">
        <Link href={`/admin/listings/${listing.id}`}>Back to {listing.name}</Link>
      </p>
      <h1 className="mt-2 text-3xl">Version history of {listing.name}</h1>
      <p className="mt-2 max-w-3xl">
        Every change, newest first. Restoring an earlier version makes it your draft: it goes live only when another
        officer approves it.
      </p>
      {revisions.length === 0 ? (
        <p className="mt-4">No changes have been made here since the listing was added.</p>
      ) : (
        <Table headings={["When", "By", "State", "Decided by", "Actions"]}>
          {revisions.map((r) => (
            <tr key={r.id} className="border-b border-line align-top">
              <td className="py-2 pr-3">{formatDate(r.decidedAt ?? r.submittedAt ?? r.createdAt)}</td>
              <td className="pr-3">{revisionAuthorName(r)}</td>
              <td className="pr-3">
                {STATE[r.state]}
                {r.id === currentId ? " (live now)" : ""}
                {r.reason ? `: ${r.reason}` : ""}
              </td>
              <td className="pr-3">{r.reviewer?.email ?? ""}</td>
              <td className="py-2">
                {isStaff(user) && (
                  <Link href={`/admin/review/${r.id}`}>
                    Compare with live<span className="sr-only"> ({formatDate(r.createdAt)})</span>
                  </Link>
                )}
                {r.state === "approved" && r.id !== currentId && (
                  <ActionForm
                    action={restoreRevisionAction}
                    hidden={{ revisionId: r.id }}
                    submitLabel="Restore this version"
                    secondary
                  />
                )}
              </td>
            </tr>
          ))}
          {original && (
            <tr className="border-b border-line align-top">
              <td className="py-2 pr-3">Before {formatDate(original.createdAt)}</td>
              <td className="pr-3">As first added or imported</td>
              <td className="pr-3">Original version</td>
              <td className="pr-3"></td>
              <td className="py-2">
                <ActionForm
                  action={restoreOriginalAction}
                  hidden={{ auditEventId: original.id }}
                  submitLabel="Restore the original version"
                  secondary
                />
              </td>
            </tr>
          )}
        </Table>
      )}
    </>
  );
}
