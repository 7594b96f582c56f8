import type { Metadata } from "next";
import Link from "next/link";
import { EventForm } from "@/components/events/event-form";
import { updateEventAction } from "@/lib/events/actions";
import { eventToForm, formChoices } from "@/lib/events/form-values";
import { loadEditEvent } from "@/lib/events/loaders";

const TITLE = "Change an event";
export const metadata: Metadata = { title: TITLE };

type Props = { params: Promise<{ id: string }> };

export default async function EditEventPage({ params }: Props) {
  const { id } = await params;
  const { event, initial, choices } = await loadEditEvent(id);
  return (
    <>
      <p className="text-base">
        <Link href={`/admin/events/${event.id}`}>Back to {event.title}</Link>
      </p>
      <h1 className="mt-2 text-3xl">{TITLE}</h1>
      {event.state === "published" && (
        <p className="mt-2 max-w-2xl border-l-8 border-warning bg-panel p-4">
          This event is on the public pages. It stays there as it is while another officer checks your change, and
          changes only when they approve it.
        </p>
      )}
      <EventForm
        action={updateEventAction}
        initial={eventToForm(initial)}
        hidden={{ eventId: event.id }}
        title={TITLE}
        {...formChoices(choices)}
      />
    </>
  );
}
