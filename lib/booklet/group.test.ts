import { describe, expect, it } from "vitest";
import { bookletTitle, groupByCategory } from "./group";

const term = (taxonomy: string, code: string, position = 0) => ({
  term: { code, position, taxonomy: { code: taxonomy } },
});
const categories = [
  { code: "education", name: "Education and learning" },
  { code: "health", name: "Health and therapy" },
];
const vocabulary = {
  needs: [
    { code: "autism", name: "Autism" },
    { code: "adhd", name: "ADHD" },
  ],
  categories,
  ageGroups: [{ code: "primary", name: "Primary school (5 to 11)" }],
  areas: [{ code: "north", name: "North Seabourne" }],
};

describe("the booklet's sections", () => {
  it("list each service once, under its first category in the vocabulary's order", () => {
    const a = { name: "A", terms: [term("categories", "health"), term("categories", "education")] };
    const b = { name: "B", terms: [term("needs", "autism"), term("categories", "health")] };
    const c = { name: "C", terms: [term("needs", "autism")] };
    const sections = groupByCategory([a, b, c], categories);
    expect(sections.map((s) => [s.name, s.listings.map((l) => l.name)])).toEqual([
      ["Education and learning", ["A"]],
      ["Health and therapy", ["B"]],
      ["Other support", ["C"]],
    ]);
  });

  it("leave out empty sections", () => {
    expect(groupByCategory([], categories)).toEqual([]);
  });
});

describe("the booklet's title", () => {
  it("says what the booklet covers in words", () => {
    expect(bookletTitle({}, vocabulary)).toBe("Support for children and young people with SEND in Seabourne");
    expect(bookletTitle({ need: "autism" }, vocabulary)).toBe("Support for autism");
    expect(bookletTitle({ need: "adhd", age: "primary" }, vocabulary)).toBe(
      "Support for ADHD and primary school (5 to 11)",
    );
    expect(bookletTitle({ category: "health", area: "north" }, vocabulary)).toBe(
      "Health and therapy in North Seabourne",
    );
  });
});
