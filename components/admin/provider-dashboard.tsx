// A provider's /admin: their organisation's listings with state, review date and last month's views;
// the changes they sent and what became of them (with the officer's reason); and what families said
// may be wrong. Props only: the page loads it all (lib/provider-view/loaders.ts).
import Link from "next/link";
import { SuggestionsFromFamilies } from "@/components/suggestions/provider-suggestions";
import { Table } from "@/components/ui/table";
import type { FormState } from "@/lib/platform/action-client";
import type { ProviderDashboard as Data } from "@/lib/provider-view/loaders";
import { formatDate } from "@/lib/services/format";
import { LISTING_STATE_LABELS, listingState } from "@/lib/services/listing-state";

const DAY = 86_400_000;
const CHANGE_STATE = {
  draft: "Draft, not sent yet",
  submitted: "Waiting for approval",
  changes_requested: "Sent back: changes asked for",
  rejected: "Turned down",
  approved: "Approved and live",
} as const;

function ReviewDate({ due, today }: { due: Date | null; today: Date }) {
  if (!due) return <strong>Overdue: never checked</strong>;
  if (due < today) return <strong>Overdue since {formatDate(due)}</strong>;
  if (due.getTime() - today.getTime() <= 30 * DAY) return <strong>Due {formatDate(due)}</strong>;
  return <>{formatDate(due)}</>;
}

export function ProviderDashboard({
  data,
  makeIntoEdit,
}: {
  data: Data;
  makeIntoEdit: (prev: FormState | null, fd: FormData) => Promise<FormState>;
}) {
  const { organisation, listings, changes, suggestions, today } = data;
  const month = data.lastMonth.toLocaleDateString("en-GB", { month: "long", timeZone: "UTC" });
  return (
    <>
      <h1 className="text-3xl">Your listings{organisation ? `: ${organisation.name}` : ""}</h1>
      {!organisation && (
        <p className="mt-3">Your account is not linked to an organisation yet. Contact the Local Offer team.</p>
      )}
      {organisation && !organisation.approvedAt && (
        <p className="mt-4 border-l-8 border-brand bg-panel p-4">
          A council officer is checking your organisation. Your listings go live once it is approved.
        </p>
      )}
      <section aria-labelledby="listings" className="mt-6">
        <h2 id="listings" className="text-2xl">
          Listings ({listings.length})
        </h2>
        {listings.length === 0 ? (
          <p className="mt-2">You have no listings yet.</p>
        ) : (
          <Table headings={["Listing", "State", "Review date", `Views in ${month}`, "This month so far"]}>
            {listings.map((l) => (
              <tr key={l.id} className="border-b border-line align-top">
                <td className="py-2 pr-3">
                  <Link href={`/admin/listings/${l.id}`}>{l.name}</Link>
                </td>
                <td className="pr-3">
                  {LISTING_STATE_LABELS[listingState({ ...l, pendingRevisions: l.revisions.length }, today)]}
                </td>
                <td className="pr-3">
                  <ReviewDate due={l.reviewDueAt} today={today} />
                </td>
                <td className="pr-3">{l.viewsLastMonth}</td>
                <td>{l.viewsThisMonth}</td>
              </tr>
            ))}
          </Table>
        )}
        <p className="mt-2 text-base text-muted">
          Views are how many times the listing&apos;s page was opened, not counting search engines and other programs.
          We do not record who viewed it.
        </p>
        <p className="mt-2">
          <Link href="/admin/listings/new">Add a listing</Link>
        </p>
      </section>

      <section aria-labelledby="changes" className="mt-8">
        <h2 id="changes" className="text-2xl">
          Your changes
        </h2>
        {changes.length === 0 ? (
          <p className="mt-2">Nothing is waiting and nothing was sent back in the last 90 days.</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {changes.map((c) => (
              <li key={c.id}>
                {c.subject === "organisation" ? (
                  "Your organisation's details"
                ) : c.serviceId ? (
                  <Link href={`/admin/listings/${c.serviceId}/edit`}>{c.service?.name ?? "A listing"}</Link>
                ) : (
                  "A new listing"
                )}{" "}
                — {CHANGE_STATE[c.state]}
                {c.decidedAt && c.state !== "submitted" && c.state !== "draft" ? ` on ${formatDate(c.decidedAt)}` : ""}
                {c.state === "submitted" && c.submittedAt ? `, sent ${formatDate(c.submittedAt)}` : ""}
                {c.reason && (c.state === "changes_requested" || c.state === "rejected") && (
                  <p className="mt-1 whitespace-pre-wrap border-l-4 border-warning pl-3">
                    <span className="font-bold">Why: </span>
                    {c.reason}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <SuggestionsFromFamilies suggestions={suggestions} makeIntoEdit={makeIntoEdit} />
    </>
  );
}
