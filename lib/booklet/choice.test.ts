import { describe, expect, it } from "vitest";
import { bookletFileName, bookletQuery, parseBookletChoice } from "./choice";

const known = { needs: new Set(["autism", "adhd"]), categories: new Set(["health", "leisure"]) };

describe("a booklet choice", () => {
  it("is the form when nothing is asked for", () => {
    expect(parseBookletChoice({}, known)).toEqual({ kind: "form" });
    expect(parseBookletChoice({ q: "x" }, known)).toEqual({ kind: "form" });
  });

  it("is the whole offer when every field is left as 'any'", () => {
    expect(parseBookletChoice({ need: "", age: "", category: "", area: "" }, known)).toEqual({
      kind: "booklet",
      choice: {},
    });
    expect(parseBookletChoice({ whole: "1" }, known)).toEqual({ kind: "booklet", choice: {} });
  });

  it("narrows by the known need, age group, category and area", () => {
    expect(
      parseBookletChoice({ need: "autism", age: "primary", category: "health", area: ["north", "south"] }, known),
    ).toEqual({ kind: "booklet", choice: { need: "autism", age: "primary", category: "health", area: "north" } });
  });

  it("is the form again, keeping the choice, when asked to change it", () => {
    expect(parseBookletChoice({ change: "1", need: "autism" }, known)).toEqual({
      kind: "form",
      values: { need: "autism" },
    });
  });

  it("says which field holds an unknown value, keeping what was sent", () => {
    const parsed = parseBookletChoice({ need: "<b>x</b>", age: "primary", area: "mars" }, known);
    expect(parsed.kind).toBe("invalid");
    if (parsed.kind !== "invalid") return;
    expect(Object.keys(parsed.errors).sort()).toEqual(["area", "need"]);
    expect(parsed.values).toEqual({ need: "<b>x</b>", age: "primary", area: "mars" });
  });

  it("makes addresses and file names from the choice", () => {
    expect(bookletQuery({})).toBe("whole=1");
    expect(bookletQuery({ need: "autism", area: "north" })).toBe("need=autism&area=north");
    expect(bookletFileName({})).toBe("local-offer-whole.pdf");
    expect(bookletFileName({ need: "autism", age: "primary" })).toBe("local-offer-autism-primary.pdf");
  });
});
