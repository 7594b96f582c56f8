// The iCalendar feed of published events with a date still to come (RFC 5545), for calendar apps
// to subscribe to. Repeating events go in once with their RRULE.
import { toIcalEvent } from "@/lib/events/feed";
import { writeCalendar } from "@/lib/events/ical";
import { loadFeedEvents } from "@/lib/events/loaders";
import { siteOrigin } from "@/lib/events/site-origin";
import { SITE } from "@/lib/platform/site";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const origin = siteOrigin(request);
  const events = await loadFeedEvents();
  const body = writeCalendar({
    name: `${SITE.name} events`,
    events: events.map((e) => toIcalEvent(e, origin)),
    now: new Date(),
  });
  return new Response(body, {
    headers: { "content-type": "text/calendar; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
