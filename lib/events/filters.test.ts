import { describe, expect, it } from "vitest";
import { groupByMonth, matchesFilters, parseEventFilters, type FilterableEvent } from "./filters";

const event = (overrides: Partial<FilterableEvent> = {}): FilterableEvent => ({
  startsAt: new Date("2026-12-02T10:00:00Z"),
  endsAt: new Date("2026-12-02T11:00:00Z"),
  rrule: null,
  needs: [],
  areas: [],
  minimumAge: null,
  maximumAge: null,
  isFree: true,
  ...overrides,
});

describe("the /events filters", () => {
  it("keeps known values and drops the rest", () => {
    expect(parseEventFilters({ need: "autism", age: "primary", area: "north", free: "yes" })).toEqual({
      need: "autism",
      age: "primary",
      area: "north",
      free: true,
    });
    expect(parseEventFilters({ need: "<script>", age: "99", area: "moon" })).toEqual({ free: false });
  });

  it("matches need, area (the whole borough counts everywhere), age range and cost", () => {
    expect(matchesFilters(event({ needs: ["adhd"] }), { need: "autism", free: false })).toBe(false);
    expect(matchesFilters(event({ needs: [] }), { need: "autism", free: false })).toBe(true);
    expect(matchesFilters(event({ areas: ["whole"] }), { area: "south", free: false })).toBe(true);
    expect(matchesFilters(event({ areas: ["north"] }), { area: "south", free: false })).toBe(false);
    expect(matchesFilters(event({ minimumAge: 16, maximumAge: 25 }), { age: "early-years", free: false })).toBe(false);
    expect(matchesFilters(event({ isFree: false }), { free: true })).toBe(false);
  });

  it("lists each date of a weekly event under its month", () => {
    const weekly = event({
      rrule: "FREQ=WEEKLY;COUNT=6",
      startsAt: new Date("2026-12-16T10:00:00Z"),
      endsAt: new Date("2026-12-16T11:00:00Z"),
    });
    const months = groupByMonth(
      [weekly],
      { free: false },
      { from: new Date("2026-12-01T00:00:00Z"), to: new Date("2027-03-01T00:00:00Z") },
    );
    expect(months.map((m) => [m.label, m.items.length])).toEqual([
      ["December 2026", 3],
      ["January 2027", 3],
    ]);
  });
});
