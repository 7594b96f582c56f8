import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine, writeCalendar, type IcalEvent } from "./ical";

const weekly: IcalEvent = {
  uid: "5b1e7c2a-0000-4000-8000-000000000001@seabourne-local-offer",
  startsAt: new Date("2026-10-14T09:00:00Z"),
  endsAt: new Date("2026-10-14T10:30:00Z"),
  allDay: false,
  rrule: "FREQ=WEEKLY;COUNT=30",
  summary: "Stay and play; for under-5s, with the SEND team",
  description: "Line one\nLine two, with a \\ backslash",
  location: "Hollins Park Centre, 1 Park Road, SB1 2AB",
  url: "https://localoffer.example/events/5b1e7c2a",
  updatedAt: new Date("2026-10-01T08:00:00Z"),
};

describe("the iCalendar writer", () => {
  it("escapes backslashes, semicolons, commas and line breaks", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    expect(escapeText("bell\u0007")).toBe("bell");
  });

  it("folds lines at 75 octets without splitting a character, continuing with a space", () => {
    const folded = foldLine(`DESCRIPTION:${"é".repeat(100)}`);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    for (const line of lines.slice(1)) expect(line.startsWith(" ")).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join("")).toBe(`DESCRIPTION:${"é".repeat(100)}`);
    expect(foldLine("SUMMARY:short")).toBe("SUMMARY:short");
  });

  it("writes a calendar ical.js reads back: CRLF lines, UK times with a VTIMEZONE, the RRULE, escaped text", () => {
    const long = { ...weekly, uid: "two@x", rrule: null, description: "A long description. ".repeat(20) };
    const text = writeCalendar({
      name: "Seabourne events",
      events: [weekly, long],
      now: new Date("2026-11-30T12:00:00Z"),
    });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);

    const calendar = new ICAL.Component(ICAL.parse(text));
    const timezone = calendar.getFirstSubcomponent("vtimezone");
    expect(timezone?.getFirstPropertyValue("tzid")).toBe("Europe/London");
    ICAL.TimezoneService.register(timezone!);
    const [first, second] = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(first.summary).toBe(weekly.summary);
    expect(first.description).toBe(weekly.description);
    expect(first.location).toBe(weekly.location);
    expect(first.startDate.toJSDate().toISOString()).toBe("2026-10-14T09:00:00.000Z");
    expect(first.isRecurring()).toBe(true);
    const it = first.iterator();
    const dates = Array.from({ length: 3 }, () => it.next()!.toJSDate().toISOString());
    // 10:00 UK time each week, before and after the clocks go back on 25 October.
    expect(dates).toEqual(["2026-10-14T09:00:00.000Z", "2026-10-21T09:00:00.000Z", "2026-10-28T10:00:00.000Z"]);
    expect(second.description).toBe(long.description);
    expect(second.isRecurring()).toBe(false);
  });

  it("writes an all-day event as dates, the end the day after", () => {
    const day = {
      ...weekly,
      allDay: true,
      rrule: null,
      startsAt: new Date("2027-04-06T23:00:00Z"),
      endsAt: new Date("2027-04-09T23:00:00Z"),
    };
    const text = writeCalendar({ name: "x", events: [day], now: new Date() });
    expect(text).toContain("DTSTART;VALUE=DATE:20270407\r\n");
    expect(text).toContain("DTEND;VALUE=DATE:20270411\r\n");
  });

  it("leaves out a stored rule it did not write", () => {
    const odd = { ...weekly, rrule: "FREQ=SECONDLY;COUNT=99999" };
    expect(writeCalendar({ name: "x", events: [odd], now: new Date() })).not.toContain("RRULE:FREQ=SECONDLY");
  });
});
