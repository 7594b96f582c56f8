import { describe, expect, it } from "vitest";
import { cleanQuery, filtersToSearchParams, parseServiceFilters } from "./filters";

const known = { needs: new Set(["autism", "adhd"]), categories: new Set(["health", "leisure"]) };

describe("parseServiceFilters", () => {
  it("reads every filter a parent can set", () => {
    const { filters, ignored } = parseServiceFilters(
      {
        q: "  speech  therapy ",
        need: ["autism", "adhd"],
        category: "health",
        age: "9",
        area: "north",
        cost: "free",
        day: "SA",
        page: "2",
      },
      known,
    );
    expect(ignored).toEqual([]);
    expect(filters).toEqual({
      q: "speech therapy",
      needs: ["autism", "adhd"],
      categories: ["health"],
      ageRange: { min: 9, max: 9, label: "age 9", param: "9" },
      areas: ["north"],
      cost: "free",
      day: "SA",
      page: 2,
    });
  });

  it("turns an age group into the group's age range", () => {
    expect(parseServiceFilters({ age: "primary" }, known).filters.ageRange).toMatchObject({ min: 5, max: 11 });
  });

  it("ignores nonsense values and says which, keeping the rest of the search", () => {
    const { filters, ignored } = parseServiceFilters(
      { q: "swim", age: "abc", area: "moon", need: "autism,unicorns", page: "-3", cost: "lots" },
      known,
    );
    expect(filters.q).toBe("swim");
    expect(filters.needs).toEqual(["autism"]);
    expect(filters.ageRange).toBeUndefined();
    expect(filters.areas).toEqual([]);
    expect(filters.page).toBe(1);
    expect(ignored).toEqual(
      expect.arrayContaining([
        { param: "age", value: "abc" },
        { param: "area", value: "moon" },
        { param: "need", value: "unicorns" },
        { param: "page", value: "-3" },
        { param: "cost", value: "lots" },
      ]),
    );
  });

  it("rejects ages outside 0 to 25", () => {
    expect(parseServiceFilters({ age: "26" }, known).ignored).toEqual([{ param: "age", value: "26" }]);
  });
});

describe("parseServiceFilters: delivery, access, languages and times", () => {
  it("keeps known codes, each once, and reports the rest", () => {
    const { filters, ignored } = parseServiceFilters(
      {
        delivery: ["online", "phone", "online", "by-pigeon"],
        access: "step-free,hearing-loop",
        language: ["bsl", "pl", "xx"],
        time: ["weekends", "midnight"],
      },
      known,
    );
    expect(filters).toMatchObject({
      delivery: ["online", "phone"],
      access: ["step-free", "hearing-loop"],
      languages: ["bsl", "pl"],
      times: ["weekends"],
    });
    expect(ignored).toEqual([
      { param: "delivery", value: "by-pigeon" },
      { param: "language", value: "xx" },
      { param: "time", value: "midnight" },
    ]);
    const params = filtersToSearchParams(filters).toString();
    expect(params).toBe(
      "delivery=online&delivery=phone&access=step-free&access=hearing-loop&language=bsl&language=pl&time=weekends",
    );
  });
});

describe("cleanQuery", () => {
  it("removes control characters and trims very long text", () => {
    expect(cleanQuery("autism\u0000\u0007 support\n")).toBe("autism support");
    expect(cleanQuery("a".repeat(5000))).toHaveLength(200);
  });
});

describe("filtersToSearchParams", () => {
  it("round-trips through the parser", () => {
    const { filters } = parseServiceFilters(
      { q: "swim", need: "autism", age: "secondary", area: ["north", "south"], page: "3" },
      known,
    );
    const again = parseServiceFilters(
      Object.fromEntries(
        [...filtersToSearchParams(filters).keys()].map((k) => [k, filtersToSearchParams(filters).getAll(k)]),
      ),
      known,
    );
    expect(again.filters).toEqual(filters);
  });

  it("drops the page when asked, for a new search", () => {
    const { filters } = parseServiceFilters({ q: "swim", page: "3" }, known);
    expect(filtersToSearchParams(filters, { page: 1 }).toString()).toBe("q=swim");
  });
});
