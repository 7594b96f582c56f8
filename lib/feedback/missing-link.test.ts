import { describe, expect, it } from "vitest";
import { missingSupportHref } from "./missing-link";

describe("the link to 'Tell us about support that is missing'", () => {
  it("carries the search's words, first need, age group and first area", () => {
    expect(
      missingSupportHref({
        q: "swimming",
        needs: ["autism", "adhd"],
        areas: ["north"],
        ageRange: { min: 11, max: 16, label: "Secondary", param: "secondary" },
      }),
    ).toBe("/feedback/missing?q=swimming&need=autism&age=secondary&area=north");
    expect(
      missingSupportHref({ q: "", needs: [], areas: [], ageRange: { min: 7, max: 7, label: "age 7", param: "7" } }),
    ).toBe("/feedback/missing?age=primary");
    expect(missingSupportHref({ q: "", needs: [], areas: [] })).toBe("/feedback/missing");
  });
});
