// Turns stored events into the iCalendar writer's input: the place as one line, the page's address.
import type { IcalEvent } from "./ical";

type StoredEvent = {
  id: string;
  title: string;
  summary: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  rrule: string | null;
  venueName: string | null;
  address: string | null;
  postcode: string | null;
  onlineUrl: string | null;
  updatedAt: Date;
};

export const placeOf = (e: Pick<StoredEvent, "venueName" | "address" | "postcode" | "onlineUrl">) =>
  [e.venueName, e.address, e.postcode].filter(Boolean).join(", ") || (e.onlineUrl ? "Online" : "");

export function toIcalEvent(e: StoredEvent, origin: string): IcalEvent {
  const url = `${origin}/events/${e.id}`;
  return {
    uid: `${e.id}@events.local-offer`,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    allDay: e.allDay,
    rrule: e.rrule,
    summary: e.title,
    description: [e.summary, e.description, e.onlineUrl ? `Join online: ${e.onlineUrl}` : "", `More: ${url}`]
      .filter(Boolean)
      .join("\n\n"),
    location: placeOf(e),
    url,
    updatedAt: e.updatedAt,
  };
}
