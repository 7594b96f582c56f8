import { describe, expect, it } from "vitest";
import { groupAdvicePages } from "./groups";

const p = (slug: string, schedule2: number[], audience = "parents") => ({
  slug,
  title: slug,
  summary: "",
  audience,
  schedule2,
});

describe("groupAdvicePages", () => {
  it("groups by the lowest paragraph, young people apart, empty groups left out", () => {
    const groups = groupAdvicePages([
      p("ehc", [4, 18]),
      p("complaints", [17, 16]),
      p("jobs", [11], "young_people"),
      p("misc", []),
    ]);
    expect(groups.map((g) => [g.key, g.pages.map((x) => x.slug)])).toEqual([
      ["getting-help", ["ehc"]],
      ["support-rights", ["complaints"]],
      ["more", ["misc"]],
      ["young-people", ["jobs"]],
    ]);
  });
});
