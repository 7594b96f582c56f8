import type { Metadata } from "next";
import Link from "next/link";
import { EventDetails } from "@/components/events/event-details";
import { DiffTable } from "@/components/admin/diff-table";
import { ActionForm } from "@/components/ui/action-form";
import { canDecideRevision, isStaff } from "@/lib/auth/roles";
import { approveEventAction, archiveEventAction, rejectEventAction } from "@/lib/events/actions";
import { formatOccurrence } from "@/lib/events/format";
import { loadAdminEvent } from "@/lib/events/loaders";
import { EVENT_STATE_LABELS } from "@/lib/events/schema";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { event } = await loadAdminEvent((await params).id);
  return { title: event.title };
}

const SAVED: Record<string, string> = {
  saved: "Draft saved. Send it for approval when it is ready.",
  submitted: "Sent for approval. A council officer will check it.",
  "change-saved": "Your change is saved as a draft. The public page has not changed. Send it when it is ready.",
  "change-submitted":
    "Your change is sent for approval. The public page stays as it is until another officer approves it.",
  approved: "Approved. The event is on the public pages.",
  rejected: "Sent back to the author with your reason.",
  archived: "Archived. The event is no longer on the public pages.",
};

export default async function AdminEventPage({ params, searchParams }: Props) {
  const { user, event, change, changes } = await loadAdminEvent((await params).id);
  const saved = SAVED[(await searchParams).saved ?? ""];
  const changeWaits = event.state === "published" && event.changeState === "submitted";
  const canDecide = changeWaits
    ? canDecideRevision(user, event.changeAuthorId)
    : event.state === "submitted" && canDecideRevision(user, event.authorId);
  return (
    <>
      <p className="text-base">
        <Link href="/admin/events">Back to events</Link>
      </p>
      {saved && (
        <div role="status" className="mt-4 border-l-8 border-success bg-panel p-4">
          {saved}
        </div>
      )}
      <h1 className="mt-2 text-3xl">{event.title}</h1>
      <p className="mt-2">
        Status: <strong>{EVENT_STATE_LABELS[event.state]}</strong>
        {event.author && <> · Last changed by {event.author.email}</>}
      </p>
      {event.state === "rejected" && event.rejectionReason && (
        <div className="mt-4 border-l-8 border-warning bg-panel p-4">
          <h2 className="text-xl">What needs to change</h2>
          <p className="mt-1 whitespace-pre-line">{event.rejectionReason}</p>
        </div>
      )}
      {change && event.changeState && (
        <section aria-labelledby="change-heading" className="mt-6 border-l-8 border-warning bg-panel p-4">
          <h2 id="change-heading" className="text-2xl">
            {event.changeState === "submitted"
              ? "A change is waiting for approval"
              : event.changeState === "rejected"
                ? "A change was sent back"
                : "A draft change, not sent yet"}
          </h2>
          <p className="mt-1">
            {event.changeAuthor && <>Changed by {event.changeAuthor.email}. </>}
            The public page shows the live version below until another officer approves the change.
          </p>
          {event.changeState === "rejected" && event.changeReason && (
            <>
              <h3 className="mt-3 text-xl">What needs to change</h3>
              <p className="mt-1 whitespace-pre-line">{event.changeReason}</p>
            </>
          )}
          <DiffTable rows={changes} />
        </section>
      )}
      {change && <h2 className="mt-6 text-2xl">Live now</h2>}
      <p className="mt-4 text-lg">{event.summary}</p>
      <p className="mt-2">First date: {formatOccurrence(event, event.allDay)}</p>
      {event.description && <p className="mt-2 max-w-3xl whitespace-pre-line">{event.description}</p>}
      <EventDetails event={event} />
      {event.service && <p className="mt-4">Listing: {event.service.name}</p>}
      {event.state === "published" && (
        <p className="mt-4">
          <Link href={`/events/${event.id}`}>See the public page</Link>
        </p>
      )}
      {canDecide && (
        <section aria-labelledby="decide-heading" className="mt-8">
          <h2 id="decide-heading" className="text-2xl">
            {changeWaits ? "Approve or send back the change" : "Approve or send back"}
          </h2>
          <ActionForm
            action={approveEventAction}
            hidden={{ eventId: event.id }}
            submitLabel={changeWaits ? "Approve the change" : "Approve and publish"}
          />
          <ActionForm
            action={rejectEventAction}
            hidden={{ eventId: event.id }}
            submitLabel="Send back"
            secondary
            reasonField={{
              name: "reason",
              label: "What needs to change",
              hint: changeWaits
                ? "We email this to the person who sent the change. The live event stays as it is."
                : "We email this to the person who sent the event.",
            }}
          />
        </section>
      )}
      {(event.state === "submitted" || changeWaits) && !canDecide && isStaff(user) && (
        <p className="mt-6">
          {changeWaits
            ? "You sent this change, so another officer must approve it."
            : "You sent this event, so another officer must approve it."}
        </p>
      )}
      {event.state !== "archived" && (
        <div className="mt-8 flex flex-wrap gap-4">
          <Link className="button button-secondary" href={`/admin/events/${event.id}/edit`}>
            Change the event
          </Link>
          <ActionForm action={archiveEventAction} hidden={{ eventId: event.id }} submitLabel="Archive" secondary />
        </div>
      )}
    </>
  );
}
