// A listing's upcoming events on its public page, each with its next date.
import { Link } from "@/components/ui/link";
import { formatOccurrence } from "@/lib/events/format";

type Item = { event: { id: string; title: string; allDay: boolean }; next: { startsAt: Date; endsAt: Date } };

export function ServiceEvents({ items }: { items: Item[] }) {
  if (!items.length) return null;
  return (
    <section aria-labelledby="events" className="mt-8">
      <h2 id="events" className="text-2xl">
        Upcoming events
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {items.map(({ event, next }) => (
          <li key={event.id}>
            <Link href={`/events/${event.id}`}>{event.title}</Link>: {formatOccurrence(next, event.allDay)}
          </li>
        ))}
      </ul>
    </section>
  );
}
