import { describe, expect, it } from "vitest";
import { pageCacheKey } from "./http";

const key = (url: string) => pageCacheKey({ method: "GET", url, headers: {} });

describe("the page cache and the interface's languages (ADR 0025)", () => {
  it("keeps the home, results and listing pages in Polish and Arabic too", () => {
    for (const url of ["/pl", "/ar", "/pl/services?q=autism", "/ar/services", "/pl/services/speech-help"])
      expect(key(url), url).toBeDefined();
  });

  it("keeps each language's copy apart", () => {
    const copies = ["/services?q=autism", "/pl/services?q=autism", "/ar/services?q=autism"].map(key);
    expect(new Set(copies).size).toBe(3);
    expect(new Set(["/", "/pl", "/ar"].map(key)).size).toBe(3);
  });

  it("does not take other addresses for a language's pages", () => {
    for (const url of ["/pl/", "/plans", "/de/services", "/pl/pl/services", "/pl/about"])
      expect(key(url), url).toBeUndefined();
  });
});
