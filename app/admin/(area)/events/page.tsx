import type { Metadata } from "next";
import Link from "next/link";
import { Table } from "@/components/ui/table";
import { formatOccurrence } from "@/lib/events/format";
import { loadAdminEvents } from "@/lib/events/loaders";
import { CHANGE_STATE_LABELS, EVENT_STATE_LABELS } from "@/lib/events/schema";
import { isStaff } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Events" };

export default async function AdminEventsPage() {
  const { user, events, waiting } = await loadAdminEvents();
  const staff = isStaff(user);
  return (
    <>
      <h1 className="text-3xl">Events</h1>
      <p className="mt-2 max-w-2xl">
        {staff
          ? "Every event on the Local Offer. An event goes on the public pages once an officer who did not " +
            "write it approves it."
          : "Your organisation's events. The council checks each one before it goes on the public pages."}
      </p>
      <p className="mt-4">
        <Link className="button" href="/admin/events/new">
          Add an event
        </Link>
      </p>
      {staff && (
        <section aria-labelledby="waiting-heading" className="mt-8">
          <h2 id="waiting-heading" className="text-2xl">
            Events waiting for approval
          </h2>
          {waiting.length === 0 ? (
            <p className="mt-2">No events are waiting.</p>
          ) : (
            <Table headings={["Event", "Organisation", "Sent by", "First date"]}>
              {waiting.map((e) => (
                <tr key={e.id} className="border-b border-line align-top">
                  <td className="py-2 pr-3">
                    <Link href={`/admin/events/${e.id}`}>
                      {e.isChange ? `Review the change to ${e.title}` : `Review ${e.title}`}
                    </Link>
                  </td>
                  <td className="pr-3">{e.organisation.name}</td>
                  <td className="pr-3">{e.sentBy?.email ?? "Unknown"}</td>
                  <td>{formatOccurrence(e, e.allDay)}</td>
                </tr>
              ))}
            </Table>
          )}
        </section>
      )}
      <h2 className="mt-8 text-2xl">{staff ? "All events" : "Your events"}</h2>
      {events.length === 0 ? (
        <p className="mt-2">There are no events yet.</p>
      ) : (
        <Table headings={["Event", "Status", staff && "Organisation", "First date"]}>
          {events.map((e) => (
            <tr key={e.id} className="border-b border-line align-top">
              <td className="py-2 pr-3">
                <Link href={`/admin/events/${e.id}`}>{e.title}</Link>
              </td>
              <td className="pr-3">
                {EVENT_STATE_LABELS[e.state]}
                {e.changeState && `, ${CHANGE_STATE_LABELS[e.changeState] ?? ""}`}
              </td>
              {staff && <td className="pr-3">{e.organisation.name}</td>}
              <td>{formatOccurrence(e, e.allDay)}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
