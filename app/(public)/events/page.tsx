import type { Metadata } from "next";
import { EventFilters } from "@/components/events/event-filters";
import { Link } from "@/components/ui/link";
import { placeOf } from "@/lib/events/feed";
import { formatCost, formatOccurrence } from "@/lib/events/format";
import { loadEventMonths } from "@/lib/events/loaders";
import { pageMetadata } from "@/lib/platform/page-metadata";

export const metadata: Metadata = pageMetadata("/events", {
  title: "Events",
  description: "Coffee mornings, groups, workshops and holiday clubs for families of children with SEND in Seabourne.",
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EventsPage({ searchParams }: Props) {
  const { filters, months } = await loadEventMonths(await searchParams);
  const filtered = !!(filters.need || filters.age || filters.area || filters.free);
  return (
    <>
      <h1 className="text-3xl">Events</h1>
      <p className="mt-3 max-w-2xl">
        Coffee mornings, groups, workshops and holiday clubs for children and young people with special educational
        needs and disabilities (SEND), and their families. Here are the events in the next 3 months.
      </p>
      <p className="mt-3 max-w-2xl">
        <a href="/events.ics">Add all events to your calendar</a> (an iCalendar feed for Google, Outlook or Apple
        Calendar).
      </p>
      <EventFilters filters={filters} />
      {months.length === 0 ? (
        <p className="mt-6">
          {filtered ? "No events match your choices. Try fewer filters." : "There are no events in the next 3 months."}
        </p>
      ) : (
        months.map((month) => (
          <section key={month.key} aria-labelledby={`month-${month.key}`} className="mt-8">
            <h2 id={`month-${month.key}`} className="text-2xl">
              {month.label}
            </h2>
            <ul className="mt-2 list-none space-y-4">
              {month.items.map((item) => (
                <li key={`${item.event.id}-${item.startsAt.toISOString()}`} className="border-b border-line pb-3">
                  <h3 className="text-xl">
                    <Link href={`/events/${item.event.id}`}>{item.event.title}</Link>
                  </h3>
                  <p className="mt-1 font-bold">{formatOccurrence(item, item.event.allDay)}</p>
                  <p className="mt-1">{item.event.summary}</p>
                  <p className="mt-1 text-base text-muted">
                    {placeOf(item.event)} · {formatCost(item.event)}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
