import type { Metadata } from "next";
import Link from "next/link";
import { EventForm } from "@/components/events/event-form";
import { createEventAction } from "@/lib/events/actions";
import { formChoices } from "@/lib/events/form-values";
import { loadNewEvent } from "@/lib/events/loaders";

const TITLE = "Add an event";
export const metadata: Metadata = { title: TITLE };

export default async function NewEventPage() {
  const { user, choices } = await loadNewEvent();
  const options = formChoices(choices);
  const organisationId =
    user.organisationId ?? (options.organisations.length === 1 ? options.organisations[0].value : "");
  return (
    <>
      <p className="text-base">
        <Link href="/admin/events">Back to events</Link>
      </p>
      <h1 className="mt-2 text-3xl">{TITLE}</h1>
      <p className="mt-2 max-w-2xl">
        A council officer checks every event before it goes on the Local Offer. Times are UK time.
      </p>
      <EventForm
        action={createEventAction}
        initial={{ organisationId, repeat: "none", costType: "free" }}
        title={TITLE}
        {...options}
      />
    </>
  );
}
