// A small, pure iCalendar (RFC 5545) writer for the events feed and each event's "Add to calendar"
// file. Times are written in UK time with a TZID and the VTIMEZONE that defines it, so a weekly
// group keeps its time across the clocks changing; text is escaped and long lines folded as the
// RFC says (75 octets, CRLF, a space to continue), which calendar apps are strict about.
import { toLondonWall, type WallTime } from "./london-time";

export type IcalEvent = {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  rrule: string | null;
  summary: string;
  description: string;
  location: string;
  url: string;
  updatedAt: Date;
};

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** TEXT values: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n/g, "\\n")
      // oxlint-disable-next-line no-control-regex -- control characters are not allowed in iCalendar text
      .replace(/[\u0000-\u001f\u007f]/g, "")
  );
}

/** Splits a content line into lines of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // Continuation lines start with a space, which counts towards their 75.
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

const pad = (n: number, size = 2) => String(n).padStart(size, "0");
const wallStamp = (w: WallTime) => `${w.year}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}00`;
const dateStamp = (w: WallTime) => `${w.year}${pad(w.month)}${pad(w.day)}`;
export const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/London",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0000",
  "TZOFFSETTO:+0100",
  "TZNAME:BST",
  "DTSTART:19810329T010000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0000",
  "TZNAME:GMT",
  "DTSTART:19961027T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

// Only the RRULE parts the form writes: a stored rule is never copied into the feed unchecked.
const SAFE_RRULE = /^FREQ=(WEEKLY|MONTHLY)(;INTERVAL=\d{1,2})?;(COUNT=\d{1,3}|UNTIL=\d{8}T\d{6}Z)$/;
// A URI value is not escaped; it must not break the line or the property.
const cleanUri = (uri: string) => uri.replace(/[\s"]/g, "");

function eventLines(e: IcalEvent, now: Date): string[] {
  const start = toLondonWall(e.startsAt);
  const end = toLondonWall(e.endsAt);
  const times = e.allDay
    ? [
        `DTSTART;VALUE=DATE:${dateStamp(start)}`,
        // An all-day DTEND is the day after the last day (it is exclusive).
        `DTEND;VALUE=DATE:${dateStamp(toLondonWall(new Date(e.endsAt.getTime() + 86_400_000)))}`,
      ]
    : [`DTSTART;TZID=Europe/London:${wallStamp(start)}`, `DTEND;TZID=Europe/London:${wallStamp(end)}`];
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${utcStamp(now)}`,
    `LAST-MODIFIED:${utcStamp(e.updatedAt)}`,
    ...times,
    ...(e.rrule && SAFE_RRULE.test(e.rrule) ? [`RRULE:${e.rrule}`] : []),
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    `URL:${cleanUri(e.url)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    "END:VEVENT",
  ];
}

/** A whole VCALENDAR: every line folded, CRLF after each (the RFC ends the last line too). */
export function writeCalendar(input: { name: string; events: IcalEvent[]; now: Date }): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Seabourne Local Offer//Events//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(input.name)}`,
    "X-WR-TIMEZONE:Europe/London",
    ...VTIMEZONE,
    ...input.events.flatMap((e) => eventLines(e, input.now)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
