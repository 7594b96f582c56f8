import { describe, expect, it } from "vitest";
import { daysIn, monthBounds, monthName, monthsEnding, resolvePeriod, shortDay } from "./period";

const now = new Date("2026-03-15T10:00:00Z");

describe("periods", () => {
  it("resolves each choice to a from (inclusive) and to (exclusive) in UTC days", () => {
    const iso = (k: string) => {
      const p = resolvePeriod(k, "30d", now);
      return [p.from.toISOString().slice(0, 10), p.to.toISOString().slice(0, 10), p.label];
    };
    expect(iso("7d")).toEqual(["2026-03-09", "2026-03-16", "Last 7 days"]);
    expect(iso("this-month")).toEqual(["2026-03-01", "2026-03-16", "This month so far"]);
    expect(iso("last-month")).toEqual(["2026-02-01", "2026-03-01", "Last month"]);
    expect(iso("12m")).toEqual(["2025-04-01", "2026-03-16", "Last 12 months"]);
    expect(iso("2025")).toEqual(["2025-01-01", "2026-01-01", "2025"]);
    // An unknown or missing choice falls back rather than failing: it is a filter.
    expect(iso("1999")).toEqual(["2026-02-14", "2026-03-16", "Last 30 days"]);
    expect(iso("")[2]).toBe("Last 30 days");
  });

  it("lists the days and the 12 months of a trend, across a year's end", () => {
    expect(daysIn(new Date("2025-12-30T00:00:00Z"), new Date("2026-01-02T00:00:00Z"))).toEqual([
      "2025-12-30",
      "2025-12-31",
      "2026-01-01",
    ]);
    const months = monthsEnding(now);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2025-04");
    expect(months[11]).toBe("2026-03");
    expect(monthBounds("2025-12").to.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(monthName("2026-10")).toBe("October 2026");
    expect(monthName("2026-10", false)).toBe("October");
    expect(shortDay("2026-11-03")).toBe("3 Nov");
  });
});
