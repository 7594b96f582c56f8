import { describe, expect, it } from "vitest";
import { diffAdvice } from "./diff";

describe("diffAdvice", () => {
  it("marks only the fields that differ, in words", () => {
    const live = { title: "Travel", summary: "S", body: "B", audience: "parents", schedule2: [10], categories: [] };
    const rows = diffAdvice(live, {
      ...live,
      title: "Travel to school",
      audience: "young_people",
      schedule2: [10, 11],
    });
    const changed = rows.filter((r) => r.changed).map((r) => [r.field, r.before, r.after]);
    expect(changed).toEqual([
      ["title", "Travel", "Travel to school"],
      ["audience", "Parents and carers", "Young people"],
      ["schedule2", "10", "10, 11"],
    ]);
  });
  it("a new page: everything is new", () => {
    expect(diffAdvice(null, { title: "T" }).find((r) => r.field === "title")).toMatchObject({
      before: "",
      changed: true,
    });
  });
});
