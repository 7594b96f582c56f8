import { describe, expect, it } from "vitest";
import { meilisearchFilter, meilisearchSettings, sameSettings } from "./meilisearch-engine";
import { THESAURUS_SEED } from "@/lib/thesaurus/seed";

describe("meilisearchFilter", () => {
  it("ORs values within a group and ANDs the groups, with ages as an overlap", () => {
    expect(
      meilisearchFilter({
        needs: ["autism", "adhd"],
        categories: ["leisure"],
        areas: [],
        costType: "free",
        day: "SA",
        ageRange: { min: 5, max: 11 },
      }),
    ).toEqual([
      'needs IN ["autism", "adhd"]',
      'categories IN ["leisure"]',
      'costType = "free"',
      'days = "SA"',
      "minAge <= 11",
      "maxAge >= 5",
    ]);
  });
});

describe("meilisearchSettings", () => {
  it("maps every thesaurus synonym to its term", () => {
    const { synonyms } = meilisearchSettings(THESAURUS_SEED);
    expect(synonyms?.asd).toEqual(["autism"]);
    expect(synonyms?.salt).toEqual(["speech and language therapy"]);
  });

  it("recognises settings Meilisearch returns re-ordered, and real changes", () => {
    const wanted = meilisearchSettings(THESAURUS_SEED) as Record<string, unknown>;
    const returned = {
      ...wanted,
      filterableAttributes: [...(wanted.filterableAttributes as string[])].reverse(),
      typoTolerance: { ...(wanted.typoTolerance as object), disableOnWords: [] },
    };
    expect(sameSettings(returned, wanted)).toBe(true);
    expect(sameSettings({ ...returned, searchableAttributes: ["summary", "name"] }, wanted)).toBe(false);
    expect(sameSettings({ ...returned, synonyms: {} }, wanted)).toBe(false);
  });
});
