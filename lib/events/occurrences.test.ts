import { describe, expect, it } from "vitest";
import { fromLondonWall, londonDate, londonTime } from "./london-time";
import { expandOccurrences } from "./occurrences";

const at = (iso: string) => new Date(iso);

describe("expanding an event's dates", () => {
  it("keeps a weekly 10:00 group at 10:00 UK time when the clocks go back and forward", () => {
    // Clocks go back on Sunday 25 October 2026 and forward on Sunday 28 March 2027.
    const startsAt = fromLondonWall({ year: 2026, month: 10, day: 14, hour: 10, minute: 0 });
    const event = { startsAt, endsAt: new Date(startsAt.getTime() + 90 * 60_000), rrule: "FREQ=WEEKLY;COUNT=30" };
    const all = expandOccurrences(event, at("2026-10-01T00:00:00Z"), at("2027-06-01T00:00:00Z"));
    expect(all).toHaveLength(30);
    for (const o of all) {
      expect(londonTime(o.startsAt)).toBe("10:00");
      expect(londonTime(o.endsAt)).toBe("11:30");
    }
    expect(all[0].startsAt.toISOString()).toBe("2026-10-14T09:00:00.000Z"); // BST
    expect(all[2].startsAt.toISOString()).toBe("2026-10-28T10:00:00.000Z"); // GMT
    const april = all.find((o) => londonDate(o.startsAt) === "2027-04-07");
    expect(april?.startsAt.toISOString()).toBe("2027-04-07T09:00:00.000Z"); // BST again
  });

  it("drops past dates and stops at the end of the window", () => {
    const startsAt = at("2026-11-04T10:00:00Z");
    const event = { startsAt, endsAt: at("2026-11-04T11:00:00Z"), rrule: "FREQ=WEEKLY;UNTIL=20270331T235959Z" };
    const dates = expandOccurrences(event, at("2026-11-20T12:00:00Z"), at("2026-12-10T00:00:00Z")).map((o) =>
      londonDate(o.startsAt),
    );
    expect(dates).toEqual(["2026-11-25", "2026-12-02", "2026-12-09"]);
  });

  it("includes the last day of an UNTIL rule, every two weeks, and monthly on the same date", () => {
    const startsAt = at("2026-12-01T14:00:00Z");
    const endsAt = at("2026-12-01T15:00:00Z");
    const from = at("2026-11-01T00:00:00Z");
    const to = at("2027-06-01T00:00:00Z");
    const fortnightly = { startsAt, endsAt, rrule: "FREQ=WEEKLY;INTERVAL=2;UNTIL=20261229T235959Z" };
    expect(expandOccurrences(fortnightly, from, to).map((o) => londonDate(o.startsAt))).toEqual([
      "2026-12-01",
      "2026-12-15",
      "2026-12-29",
    ]);
    const monthly = { startsAt, endsAt, rrule: "FREQ=MONTHLY;COUNT=3" };
    expect(expandOccurrences(monthly, from, to).map((o) => londonDate(o.startsAt))).toEqual([
      "2026-12-01",
      "2027-01-01",
      "2027-02-01",
    ]);
  });

  it("a one-off event shows while it is on and drops off once it has ended", () => {
    const event = { startsAt: at("2026-12-05T10:00:00Z"), endsAt: at("2026-12-05T12:00:00Z"), rrule: null };
    expect(expandOccurrences(event, at("2026-12-05T11:00:00Z"), at("2027-01-01T00:00:00Z"))).toHaveLength(1);
    expect(expandOccurrences(event, at("2026-12-05T12:00:01Z"), at("2027-01-01T00:00:00Z"))).toHaveLength(0);
  });

  it("treats a time the clocks skip as the hour after", () => {
    expect(fromLondonWall({ year: 2027, month: 3, day: 28, hour: 1, minute: 30 }).toISOString()).toBe(
      "2027-03-28T01:30:00.000Z",
    );
    // 01:30 on 25 October 2026 happens twice: the first (still British Summer Time) is taken.
    expect(fromLondonWall({ year: 2026, month: 10, day: 25, hour: 1, minute: 30 }).toISOString()).toBe(
      "2026-10-25T00:30:00.000Z",
    );
  });
});
