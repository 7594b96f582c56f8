import type { Metadata } from "next";
import { PlainShapedText } from "@/components/services/shaped-text";
import { EventDetails } from "@/components/events/event-details";
import { Link } from "@/components/ui/link";
import { formatOccurrence } from "@/lib/events/format";
import { loadPublishedEvent } from "@/lib/events/loaders";
import { pageMetadata } from "@/lib/platform/page-metadata";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { event } = await loadPublishedEvent((await params).id);
  return pageMetadata(`/events/${event.id}`, { title: event.title, description: event.summary });
}

export default async function EventPage({ params }: Props) {
  const { event, occurrences, serviceLive } = await loadPublishedEvent((await params).id);
  return (
    <>
      <p className="text-base">
        <Link href="/events">All events</Link>
      </p>
      <h1 className="mt-2 text-3xl">{event.title}</h1>
      <p className="mt-3 max-w-2xl text-lg">{event.summary}</p>
      {event.description && <PlainShapedText text={event.description} className="mt-3 max-w-2xl" />}
      <h2 className="mt-6 text-2xl">{occurrences.length === 1 ? "Date" : "Dates"}</h2>
      {occurrences.length === 0 ? (
        <p className="mt-2">There are no more dates in the next 3 months.</p>
      ) : (
        <ul className="mt-2 list-disc ps-6" aria-label="Upcoming dates">
          {occurrences.map((o) => (
            <li key={o.startsAt.toISOString()}>{formatOccurrence(o, event.allDay)}</li>
          ))}
        </ul>
      )}
      <p className="mt-4">
        <a className="button button-secondary" href={`/events/${event.id}/calendar.ics`} download>
          Add to calendar
        </a>
      </p>
      <h2 className="mt-6 text-2xl">Details</h2>
      <EventDetails event={event} />
      {event.service && serviceLive && (
        <p className="mt-6">
          Run as part of <Link href={`/services/${event.service.slug}`}>{event.service.name}</Link>.
        </p>
      )}
    </>
  );
}
