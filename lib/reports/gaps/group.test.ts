import { describe, expect, it } from "vitest";
import { NEED_TERMS } from "@/lib/taxonomy/vocabulary";
import { THESAURUS_SEED } from "@/lib/thesaurus/seed";
import { ageGroupsFor, groupGaps, needMatcher, topZeroResultSearches, trendByMonth, type GapSearchRow } from "./group";

const vocabulary = {
  needs: NEED_TERMS,
  ageGroups: [
    { code: "early-years", name: "Early years (0 to 4)" },
    { code: "primary", name: "Primary school (5 to 11)" },
    { code: "secondary", name: "Secondary school (11 to 16)" },
  ],
  areas: [
    { code: "north", name: "North Seabourne" },
    { code: "south", name: "South Seabourne" },
  ],
};
const needsIn = needMatcher(NEED_TERMS, THESAURUS_SEED);
const search = (over: Partial<GapSearchRow>): GapSearchRow => ({
  query: "",
  needs: [],
  areas: [],
  resultCount: 0,
  month: "2026-10",
  searches: 1,
  ...over,
});

describe("needMatcher", () => {
  it("reads a need from a family's words through the thesaurus, and by the need's own name", () => {
    expect(needsIn("my son has asd and cant sleep")).toEqual(["autism"]);
    expect(needsIn("he can't concentrate at school")).toEqual(["adhd"]);
    expect(needsIn("anxiety club")).toEqual(["semh"]);
    expect(needsIn("speech, language and communication groups")).toEqual(["speech-language"]);
    expect(needsIn("swimming on saturdays")).toEqual([]);
    expect(needsIn("")).toEqual([]);
  });
});

describe("ageGroupsFor", () => {
  it("overlaps a searched age with the groups, as the search filter does", () => {
    expect(ageGroupsFor({ min: 3, max: 3 })).toEqual(["early-years"]);
    expect(ageGroupsFor({ min: 11, max: 11 })).toEqual(["primary", "secondary"]);
    expect(ageGroupsFor({ min: 5, max: 11 })).toEqual(["primary"]);
    expect(ageGroupsFor(undefined)).toEqual([]);
  });
});

describe("groupGaps", () => {
  it("counts searches (by their filters, else their words) and missing-support reports by need, age and area", () => {
    const groups = groupGaps(
      [
        search({ needs: ["autism"], areas: ["north"], ageRange: { min: 5, max: 11 }, searches: 3 }),
        // No need chosen: the words decide; a need filter wins over the words.
        search({ query: "asd social group", searches: 2 }),
        search({ query: "adhd", needs: ["hearing"], areas: ["north", "south"] }),
      ],
      [
        { need: "autism", ageGroup: "primary", area: "north", month: "2026-10", reports: 2 },
        { need: null, ageGroup: null, area: "south", month: "2026-09", reports: 1 },
      ],
      vocabulary,
      needsIn,
    );
    expect(groups.byNeed).toEqual([
      { code: "autism", name: "Autism", searches: 5, reports: 2 },
      { code: "hearing", name: "Deaf or hearing loss", searches: 1, reports: 0 },
      { code: null, name: "Not given", searches: 0, reports: 1 },
    ]);
    expect(groups.byAgeGroup).toEqual([
      { code: "primary", name: "Primary school (5 to 11)", searches: 3, reports: 2 },
      { code: null, name: "Not given", searches: 3, reports: 1 },
    ]);
    expect(groups.byArea).toEqual([
      { code: "north", name: "North Seabourne", searches: 4, reports: 2 },
      { code: "south", name: "South Seabourne", searches: 1, reports: 1 },
      { code: null, name: "Not given", searches: 2, reports: 0 },
    ]);
    expect([groups.searches, groups.reports]).toEqual([6, 3]);
  });

  it("shows a code the vocabulary no longer has as itself rather than dropping it", () => {
    const groups = groupGaps([search({ needs: ["retired-need"] })], [], vocabulary, needsIn);
    expect(groups.byNeed[0]).toMatchObject({ code: "retired-need", name: "retired-need", searches: 1 });
  });
});

describe("trendByMonth", () => {
  it("lists every month asked for, empty ones as 0, and ignores rows outside them", () => {
    const trend = trendByMonth(
      ["2026-09", "2026-10", "2026-11"],
      [search({ month: "2026-10", searches: 4 }), search({ month: "2025-01", searches: 9 })],
      [{ need: null, ageGroup: null, area: null, month: "2026-09", reports: 2 }],
    );
    expect(trend).toEqual([
      { month: "2026-09", searches: 0, reports: 2 },
      { month: "2026-10", searches: 4, reports: 0 },
      { month: "2026-11", searches: 0, reports: 0 },
    ]);
  });
});

describe("topZeroResultSearches", () => {
  it("adds up the same search across months, leaves out ones that found something, names the filters", () => {
    const top = topZeroResultSearches(
      [
        search({ query: "trampoline", needs: ["autism"], areas: ["north"], month: "2026-09", searches: 2 }),
        search({ query: "trampoline", needs: ["autism"], areas: ["north"], month: "2026-10", searches: 3 }),
        search({ query: "horse riding", searches: 4 }),
        search({ query: "swimming", resultCount: 2, searches: 10 }),
      ],
      vocabulary,
    );
    expect(top).toEqual([
      { query: "trampoline", filters: "Autism; North Seabourne", searches: 5 },
      { query: "horse riding", filters: "", searches: 4 },
    ]);
  });
});
