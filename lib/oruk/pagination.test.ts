import { describe, expect, it } from "vitest";
import { csvField } from "./csv";
import { parsePaging, toPage } from "./pagination";
import { RateLimiter } from "./rate-limit";

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

describe("rate limit", () => {
  it("refills over time, per client", () => {
    const limiter = new RateLimiter(60);
    for (let i = 0; i < 60; i++) expect(limiter.take("a", 0).allowed).toBe(true);
    expect(limiter.take("a", 0)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
    expect(limiter.take("b", 0).allowed).toBe(true);
    expect(limiter.take("a", 1000).allowed).toBe(true);
  });

  it("forgets idle clients first when full", () => {
    const limiter = new RateLimiter(10, 2);
    limiter.take("a", 0);
    limiter.take("b", 0);
    expect(limiter.take("c", 120_000).allowed).toBe(true);
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
