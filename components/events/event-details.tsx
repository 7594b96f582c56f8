// An event's facts as a summary list, for the public event page and the staff area's review page.
// Links go through safeHref (http, https, mailto and tel only).
import { formatCost } from "@/lib/events/format";
import { describeRepeat, readRrule } from "@/lib/events/repeat";
import { safeHref } from "@/lib/services/safe-href";
import { AREA_CHOICES, NEED_CHOICES } from "@/lib/events/form-values";

type Event = {
  rrule: string | null;
  venueName: string | null;
  address: string | null;
  postcode: string | null;
  onlineUrl: string | null;
  whoFor: string;
  minimumAge: number | null;
  maximumAge: number | null;
  needs: string[];
  areas: string[];
  accessibility: string;
  isFree: boolean;
  cost: string | null;
  bookingHow: string;
  bookingUrl: string | null;
  bookingPhone: string | null;
  organisation: { name: string };
};

const labelsOf = (codes: string[], choices: { value: string; label: string }[]) =>
  codes.map((c) => choices.find((x) => x.value === c)?.label ?? c).join(", ");

function ages(e: Event): string | null {
  if (e.minimumAge === null && e.maximumAge === null) return null;
  if (e.minimumAge !== null && e.maximumAge !== null) return `${e.minimumAge} to ${e.maximumAge}`;
  return e.minimumAge !== null ? `${e.minimumAge} and over` : `Up to ${e.maximumAge}`;
}

export function EventDetails({ event }: { event: Event }) {
  const online = safeHref(event.onlineUrl);
  const booking = safeHref(event.bookingUrl);
  const place = [event.venueName, event.address, event.postcode].filter(Boolean).join(", ");
  const rows: [string, React.ReactNode][] = [];
  const repeat = describeRepeat(readRrule(event.rrule));
  if (repeat) rows.push(["How often", repeat]);
  if (place) rows.push(["Where", place]);
  if (online)
    rows.push([
      "Online",
      <a key="o" href={online}>
        Join online
      </a>,
    ]);
  if (event.accessibility) rows.push(["Access", event.accessibility]);
  if (event.whoFor) rows.push(["Who it is for", event.whoFor]);
  const ageText = ages(event);
  if (ageText) rows.push(["Ages", ageText]);
  if (event.needs.length) rows.push(["Needs it suits", labelsOf(event.needs, NEED_CHOICES)]);
  if (event.areas.length) rows.push(["Areas", labelsOf(event.areas, AREA_CHOICES)]);
  rows.push(["Cost", formatCost(event)]);
  if (event.bookingHow) rows.push(["How to book", event.bookingHow]);
  if (booking)
    rows.push([
      "Book online",
      <a key="b" href={booking}>
        Book a place
      </a>,
    ]);
  if (event.bookingPhone)
    rows.push([
      "Book by phone",
      <a key="p" href={`tel:${event.bookingPhone.replace(/[^\d+]/g, "")}`}>
        {event.bookingPhone}
      </a>,
    ]);
  rows.push(["Run by", event.organisation.name]);
  return (
    <dl className="mt-4 max-w-3xl">
      {rows.map(([term, value]) => (
        <div key={term} className="border-b border-line py-2 sm:flex sm:gap-4">
          <dt className="font-bold sm:w-48 sm:shrink-0">{term}</dt>
          <dd className="whitespace-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
