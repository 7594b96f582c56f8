import { describe, expect, it } from "vitest";
import { isFamilySearch } from "./search-log";

describe("which searches the log counts", () => {
  it("counts a person's browser and a search made by a script with no request", () => {
    expect(isFamilySearch("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36")).toBe(true);
    expect(isFamilySearch(undefined)).toBe(true);
  });

  it("leaves out crawlers, tools and requests with no user agent", () => {
    expect(isFamilySearch("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")).toBe(false);
    expect(isFamilySearch("curl/8.5.0")).toBe(false);
    expect(isFamilySearch(null)).toBe(false);
  });
});
