import { describe, expect, it } from "vitest";
import { csvField } from "./csv";
import { parsePaging, toPage } from "./pagination";

describe("paging", () => {
  it("defaults, validates and builds the standard page header", () => {
    expect(parsePaging(new URLSearchParams())).toEqual({ page: 1, perPage: 50, skip: 0 });
    expect(parsePaging(new URLSearchParams("page=3&per_page=20"))).toEqual({ page: 3, perPage: 20, skip: 40 });
    expect(parsePaging(new URLSearchParams("per_page=501"))).toHaveProperty("error");
    expect(toPage([], 0, { page: 1, perPage: 50, skip: 0 })).toEqual({
      total_items: 0,
      total_pages: 1,
      page_number: 1,
      size: 0,
      first_page: true,
      last_page: true,
      empty: true,
      contents: [],
    });
  });
});

describe("CSV fields", () => {
  it("quotes separators and neutralises formulas", () => {
    expect(csvField('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField(5)).toBe("5");
    expect(csvField(null)).toBe("");
  });
});
