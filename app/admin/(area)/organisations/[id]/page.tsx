import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { SimpleForm } from "@/components/ui/simple-form";
import { Table } from "@/components/ui/table";
import { OrganisationDetails } from "@/components/admin/organisation-details";
import { isStaff } from "@/lib/auth/roles";
import { inviteProviderAction } from "@/lib/organisations/actions";
import { approveOrganisationAction } from "@/lib/organisations/approve-action";
import { loadOrganisation } from "@/lib/organisations/loaders";
import { LISTING_STATE_LABELS, listingState } from "@/lib/services/listing-state";
import { formatDate } from "@/lib/services/format";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { organisation } = await loadOrganisation((await params).id);
  return { title: organisation.name };
}

const SAVED: Record<string, string> = {
  created: "The organisation is added.",
  updated: "The organisation's details are saved.",
  submitted: "Your change is sent. A council officer will check it; the details below stay as they are until then.",
  archived: "The organisation is archived, and its listings are no longer on the public site.",
  merged: "The organisations are merged. Everything from the other organisation is now here.",
  invited: "The person is added and has been emailed how to sign in.",
  approved: "The organisation is approved.",
  "change-approved": "The change is approved: these are now the organisation's details.",
  "change-returned": "The change is returned to its author with your reason.",
};

export default async function OrganisationPage({ params, searchParams }: Props) {
  const { user, organisation: o } = await loadOrganisation((await params).id);
  const { saved } = await searchParams;
  const staff = isStaff(user);
  const change = o.profileChange;
  const live = !o.archivedAt;
  return (
    <>
      {saved && SAVED[saved] && (
        <p role="status" className="mb-4 border-l-8 border-success bg-panel p-4">
          {SAVED[saved]}
        </p>
      )}
      {staff && (
        <p className="text-base">
          <Link href="/admin/organisations">Back to organisations</Link>
        </p>
      )}
      <h1 className="mt-2 text-3xl">{o.name}</h1>
      {o.mergedInto ? (
        <p className="mt-4 border-l-8 border-warning bg-panel p-4">
          Merged into <Link href={`/admin/organisations/${o.mergedInto.id}`}>{o.mergedInto.name}</Link> on{" "}
          {formatDate(o.archivedAt)}.
        </p>
      ) : o.archivedAt ? (
        <p className="mt-4 border-l-8 border-warning bg-panel p-4">
          Archived on {formatDate(o.archivedAt)}. Its listings are not on the public site.
        </p>
      ) : !o.approvedAt ? (
        <div className="mt-4 border-l-8 border-warning bg-panel p-4">
          <p>
            This organisation was added through &ldquo;Add your service&rdquo; and is waiting for an officer to approve
            it. Its listings cannot go live until then.
          </p>
          {staff && (
            <ActionForm
              action={approveOrganisationAction}
              hidden={{ organisationId: o.id, revisionId: "" }}
              submitLabel={`Approve ${o.name}`}
            />
          )}
        </div>
      ) : null}
      {change?.state === "submitted" &&
        (staff ? (
          <p className="mt-4 border-l-8 border-brand bg-panel p-4">
            A change to these details is waiting for approval.{" "}
            <Link href={`/admin/review/${change.id}`}>Check the change to {o.name}&apos;s details</Link>
          </p>
        ) : (
          <p className="mt-4 border-l-8 border-brand bg-panel p-4">
            Your change to these details was sent on {formatDate(change.submittedAt)} and is waiting for a council
            officer. The details below stay as they are until it is approved.
          </p>
        ))}
      {!staff && change?.state === "changes_requested" && (
        <p className="mt-4 border-l-8 border-warning bg-panel p-4 whitespace-pre-wrap">
          A council officer asked you to change your update to these details on {formatDate(change.updatedAt)}:{" "}
          {change.reason} Your version is kept: change it and send it again.
        </p>
      )}
      {!staff && change?.state === "rejected" && (
        <p className="mt-4 border-l-8 border-warning bg-panel p-4">
          Your last change to these details was returned on {formatDate(change.updatedAt)}
          {change.reason ? `: ${change.reason}` : "."}
        </p>
      )}
      <h2 className="mt-6 text-2xl">Details</h2>
      <OrganisationDetails organisation={o} />
      {live && (
        <p className="mt-4 flex flex-wrap gap-4">
          <Link className="button" href={`/admin/organisations/${o.id}/edit`}>
            {staff ? "Change details" : "Change your organisation's details"}
          </Link>
          {staff && (
            <>
              <Link className="button button-secondary" href={`/admin/organisations/${o.id}/merge`}>
                Merge into another organisation
              </Link>
              <Link className="button button-secondary" href={`/admin/organisations/${o.id}/archive`}>
                Archive
              </Link>
            </>
          )}
        </p>
      )}
      <h2 className="mt-8 text-2xl">Listings ({o.services.length})</h2>
      {o.services.length === 0 ? (
        <p className="mt-2">This organisation has no listings.</p>
      ) : (
        <Table headings={["Listing", "State", "Review due"]}>
          {o.services.map((s) => (
            <tr key={s.id} className="border-b border-line">
              <td className="py-2 pr-3">
                <Link href={`/admin/listings/${s.id}`}>{s.name}</Link>
              </td>
              <td className="pr-3">
                {LISTING_STATE_LABELS[listingState({ ...s, pendingRevisions: s.revisions.length })]}
              </td>
              <td>{s.reviewDueAt ? formatDate(s.reviewDueAt) : "Not set"}</td>
            </tr>
          ))}
        </Table>
      )}
      <h2 className="mt-8 text-2xl">People ({o.users.filter((u) => !u.disabledAt).length})</h2>
      {o.users.length === 0 ? (
        <p className="mt-2">Nobody from this organisation can sign in yet.</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {o.users.map((u) => (
            <li key={u.id}>
              {u.email}
              {u.name ? ` (${u.name})` : ""}
              {u.disabledAt ? " — removed" : ""}
            </li>
          ))}
        </ul>
      )}
      {staff && live && (
        <section aria-labelledby="invite" className="mt-8">
          <h2 id="invite" className="text-2xl">
            Invite someone
          </h2>
          <p className="mt-2 max-w-2xl">
            They can then change this organisation&apos;s listings and details; every change waits for an officer. We
            email them how to sign in.
          </p>
          <SimpleForm
            action={inviteProviderAction}
            hidden={{ organisationId: o.id }}
            submitLabel="Invite"
            fields={[
              { name: "email", label: "Their email address" },
              { name: "name", label: "Their name (optional)" },
            ]}
          />
        </section>
      )}
    </>
  );
}
