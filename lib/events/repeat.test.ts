import { describe, expect, it } from "vitest";
import { buildRrule, describeRepeat, readRrule, type Repeat } from "./repeat";

describe("the RRULE built from the form's repeat choices", () => {
  it.each<[Repeat, string | null]>([
    [{ choice: "none" }, null],
    [{ choice: "weekly", end: "count", count: 10 }, "FREQ=WEEKLY;COUNT=10"],
    [{ choice: "fortnightly", end: "until", until: "2027-03-31" }, "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270331T235959Z"],
    [{ choice: "monthly", end: "count", count: 6 }, "FREQ=MONTHLY;COUNT=6"],
    [{ choice: "weekly", end: "until", until: "2026-12-18" }, "FREQ=WEEKLY;UNTIL=20261218T235959Z"],
  ])("%j makes %s, and reads back the same", (repeat, rrule) => {
    expect(buildRrule(repeat)).toBe(rrule);
    expect(readRrule(rrule)).toEqual(repeat);
  });

  it("reads anything it did not write as not repeating", () => {
    expect(readRrule("FREQ=DAILY;COUNT=3")).toEqual({ choice: "none" });
    expect(readRrule("FREQ=WEEKLY")).toEqual({ choice: "none" });
    expect(readRrule("")).toEqual({ choice: "none" });
  });

  it("describes the rule in plain words", () => {
    expect(describeRepeat({ choice: "weekly", end: "until", until: "2027-03-31" })).toBe(
      "Every week until 31 March 2027",
    );
    expect(describeRepeat({ choice: "monthly", end: "count", count: 6 })).toBe("Every month, 6 times");
    expect(describeRepeat({ choice: "none" })).toBeNull();
  });
});
