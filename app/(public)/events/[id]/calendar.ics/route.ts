// One event as an iCalendar file ("Add to calendar"): the whole series when it repeats.
import { toIcalEvent } from "@/lib/events/feed";
import { writeCalendar } from "@/lib/events/ical";
import { loadPublishedEvent } from "@/lib/events/loaders";
import { siteOrigin } from "@/lib/events/site-origin";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { event } = await loadPublishedEvent((await params).id);
  const body = writeCalendar({ name: event.title, events: [toIcalEvent(event, siteOrigin(request))], now: new Date() });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="event-${event.id}.ics"`,
      "cache-control": "no-store",
    },
  });
}
