import { describe, expect, it } from "vitest";
import { eventFormSchema } from "./schema";

const form = (overrides: Record<string, unknown> = {}) => ({
  title: "Coffee morning",
  summary: "Tea and a chat.",
  startDate: "2027-06-02",
  startTime: "10:00",
  endTime: "11:30",
  venueName: "Civic Centre",
  address: "Princess Parade",
  costType: "free",
  ...overrides,
});

describe("the event form's choices become the stored columns", () => {
  it("a summer 10:00 start is 09:00 UTC; 'every 2 weeks until' makes the RRULE", () => {
    const parsed = eventFormSchema.parse(
      form({ repeat: "fortnightly", repeatEnd: "until", repeatUntil: "2027-09-01", organisationId: undefined }),
    );
    expect(parsed.data.startsAt.toISOString()).toBe("2027-06-02T09:00:00.000Z");
    expect(parsed.data.endsAt.toISOString()).toBe("2027-06-02T10:30:00.000Z");
    expect(parsed.data.rrule).toBe("FREQ=WEEKLY;INTERVAL=2;UNTIL=20270901T235959Z");
    expect(parsed.data.organisationId).toBeNull();
  });

  it("monthly for 6 times; an all-day event needs no times", () => {
    const parsed = eventFormSchema.parse(
      form({ allDay: "yes", startTime: "", endTime: "", repeat: "monthly", repeatEnd: "count", repeatCount: "6" }),
    );
    expect(parsed.data.rrule).toBe("FREQ=MONTHLY;COUNT=6");
    expect(parsed.data.allDay).toBe(true);
    expect(parsed.data.startsAt.toISOString()).toBe("2027-06-01T23:00:00.000Z");
  });

  it("refuses a repeat with no end, an end before the start, an UNTIL before the start and a 3-year rule", () => {
    const errors = (o: Record<string, unknown>) =>
      eventFormSchema.safeParse(form(o)).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(errors({ repeat: "weekly" })).toEqual(["repeatEnd: Choose when the repeats stop"]);
    expect(errors({ endTime: "09:00" })).toEqual(["endTime: The end must be after the start"]);
    expect(errors({ repeat: "weekly", repeatEnd: "until", repeatUntil: "2027-05-01" })).toEqual([
      "repeatUntil: The last date must be after the first",
    ]);
    expect(errors({ repeat: "weekly", repeatEnd: "until", repeatUntil: "2030-06-02" })).toEqual([
      "repeatUntil: Repeats can run for up to 2 years",
    ]);
    expect(errors({ repeat: "weekly", repeatEnd: "count", repeatCount: "500" })).toEqual([
      "repeatCount: Enter 104 or fewer",
    ]);
    expect(errors({ repeat: "daily" })?.[0]).toMatch(/^repeat: /);
  });
});
