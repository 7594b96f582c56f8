// The demo events: valid rows with dates in the next 3 months, and plain words (the reading age of
// each event's text is printed, as issue 13 asks for the check in the test output).
import { describe, expect, it } from "vitest";
import { expandOccurrences, upcomingWindow } from "@/lib/events/occurrences";
import { checkPlainLanguage } from "@/lib/plain-language/check";
import { SITE } from "@/lib/platform/site";
import { demoEventColumns, demoEvents } from "./events";

describe("the demo events", () => {
  const now = new Date("2026-11-30T12:00:00Z");

  it("each has at least one date in the next 3 months, and a place", () => {
    const { from, to } = upcomingWindow(now);
    for (const e of demoEvents) {
      const row = demoEventColumns(now, e);
      expect(row.endsAt > row.startsAt, e.title).toBe(true);
      expect(expandOccurrences(row, from, to).length, e.title).toBeGreaterThan(0);
      expect(row.venueName ?? row.onlineUrl, e.title).toBeTruthy();
    }
    const weekly = demoEventColumns(
      now,
      demoEvents.find((e) => e.repeat.choice === "weekly")!,
    );
    expect(expandOccurrences(weekly, from, to).length).toBeGreaterThanOrEqual(12);
  });

  it("use only the council's own phone number", () => {
    for (const e of demoEvents) if (e.bookingPhone) expect(e.bookingPhone).toBe(SITE.phone);
  });

  it("are written in plain words (reading age printed for each)", () => {
    for (const e of demoEvents) {
      const text = [e.title, e.summary, e.description, e.whoFor, e.accessibility, e.bookingHow].join(". ");
      const advice = checkPlainLanguage(text);
      console.log(`Reading age ${advice.readingAge} — event "${e.title}" (${advice.words} words)`);
      expect(advice.longSentences, e.title).toEqual([]);
      expect(advice.readingAge ?? 0, e.title).toBeLessThanOrEqual(11);
    }
  });
});
