import { describe, expect, it } from "vitest";
import { changeInWords, fillDays } from "./change";

describe("changeInWords", () => {
  it("says the month-on-month change in plain words", () => {
    expect(changeInWords(112, 100, "October")).toBe("up 12% on October");
    expect(changeInWords(95, 100, "October")).toBe("down 5% on October");
    expect(changeInWords(100, 100, "October")).toBe("the same as October");
    expect(changeInWords(1001, 1000, "October")).toBe("about the same as October");
    expect(changeInWords(0, 40, "October")).toBe("down 100% on October");
    expect(changeInWords(7, 0, "October")).toBe("up from none in October");
    expect(changeInWords(0, 0, "October")).toBe("none in October either");
  });
});

describe("fillDays", () => {
  it("puts a 0 on every day without a row", () => {
    expect(fillDays(["2026-11-01", "2026-11-02", "2026-11-03"], [{ label: "2026-11-02", count: 4 }])).toEqual([
      { label: "2026-11-01", count: 0 },
      { label: "2026-11-02", count: 4 },
      { label: "2026-11-03", count: 0 },
    ]);
  });
});
