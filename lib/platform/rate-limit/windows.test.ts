import { describe, expect, it } from "vitest";
import { decide, secondsLeftInWindow, tooManyRequestsMessage, windowStart } from "./windows";

const now = new Date("2028-03-01T10:05:30Z");

describe("fixed windows", () => {
  it("start on whole multiples of the window, so every server agrees", () => {
    expect(windowStart(now, 900).toISOString()).toBe("2028-03-01T10:00:00.000Z");
    expect(windowStart(now, 60).toISOString()).toBe("2028-03-01T10:05:00.000Z");
    expect(secondsLeftInWindow(now, 900)).toBe(570);
    expect(secondsLeftInWindow(new Date("2028-03-01T10:14:59.900Z"), 900)).toBe(1);
  });

  it("refuse when any limit is passed, and wait for the latest window to end", () => {
    const rules = [
      { key: "a", limit: 5, windowSeconds: 900 },
      { key: "b", limit: 20, windowSeconds: 60 },
    ];
    expect(decide(rules, [5, 3], now)).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    expect(decide(rules, [6, 21], now)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 570 });
    expect(decide(rules, [1, 21], now)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 30 });
    expect(decide(rules, [1, 2], now).remaining).toBe(4);
  });

  it("say how long to wait in whole minutes, rounded up", () => {
    expect(tooManyRequestsMessage(570)).toBe("Too many requests — try again in 10 minutes.");
    expect(tooManyRequestsMessage(30)).toBe("Too many requests — try again in 1 minute.");
  });
});
