import { describe, expect, it } from "vitest";
import { THESAURUS_SEED } from "@/lib/thesaurus/seed";
import { understandQuery } from "./understand";

const read = (q: string) => understandQuery(q, THESAURUS_SEED);

describe("understandQuery", () => {
  it("turns a parent's sentence into canonical terms", () => {
    expect(read("my son has asd and cant sleep").terms).toEqual(["autism", "sleep"]);
    expect(read("help getting a job autism").terms).toEqual(["job", "autism"]);
    expect(read("SALT drop in").terms).toEqual(["speech and language therapy", "drop-in"]);
    expect(read("Can’t sleep").terms).toEqual(["sleep"]);
  });

  it("drops generic words that must never narrow a search", () => {
    for (const q of ["dementia support", "dementia help", "dementia services", "dementia near me", "dementia disease"])
      expect(read(q).terms, q).toEqual(["dementia"]);
    expect(read("carer's").terms).toEqual(["carers"]);
  });

  it("keeps the family's own single word behind a thesaurus term, to rank it first", () => {
    const wellbeing = read("wellbeing");
    expect(wellbeing.terms).toEqual(["mental health"]);
    expect(wellbeing.typed).toEqual(["wellbeing"]);
    expect(read("mental health").typed).toEqual([]);
    expect(read("asd").typed).toEqual([]); // too short to trust
    expect(read("hearing impaired").typed).toEqual([]); // a phrase: the term said another way
  });

  it("reads an age and removes it from the words", () => {
    const q = read("swimming for my 15 year old");
    expect(q.age).toMatchObject({ min: 15, max: 15, label: "age 15" });
    expect(q.terms).toEqual(["swimming"]);
    expect(q.without.age).toBe("swimming for my");
    expect(read("college 16-25").age).toMatchObject({ min: 16, max: 25, label: "ages 16 to 25" });
    expect(read("clubs aged 9").age).toMatchObject({ min: 9, max: 9 });
    expect(read("14yo anxiety").age).toMatchObject({ min: 14, max: 14 });
  });

  it("ignores ages outside 0 to 25", () => {
    expect(read("my 40 year old").age).toBeUndefined();
  });

  it("reads a postcode or outward code as a place, never as search words", () => {
    const q = read("sensory room near FY4 2AB");
    expect(q.place).toMatchObject({ outward: "FY4" });
    expect(q.terms).toEqual(["sensory", "room"]);
    expect(q.without.place).toBe("sensory room");
    expect(read("fy1 swimming").place?.outward).toBe("FY1");
  });

  it("drops a full postcode it cannot place, and says so", () => {
    const q = read("autism ZE2 9XX");
    expect(q.place).toBeUndefined();
    expect(q.unknownPlace).toBe("ZE2");
    expect(q.terms).toEqual(["autism"]);
  });

  it("keeps unknown short codes as words", () => {
    expect(read("vitamin b12").place).toBeUndefined();
  });

  it("reads both an age and a place", () => {
    const q = read("autism club for my 15 year old near FY1");
    expect(q.age?.min).toBe(15);
    expect(q.place?.outward).toBe("FY1");
    expect(q.terms).toEqual(["autism", "club"]);
    expect(q.without.age).toBe("autism club for my near FY1");
    expect(q.without.place).toBe("autism club for my 15 year old");
  });

  it("copes with empty, punctuation-only and very long input", () => {
    expect(read("").terms).toEqual([]);
    expect(read("?!%$").terms).toEqual([]);
    expect(read("autism ".repeat(500)).terms).toEqual(["autism"]);
  });
});

describe("understandQuery, young people's phrasing", () => {
  it("reads 'im 15' as an age and drops filler words", () => {
    const q = understandQuery("im 15 and always anxious", THESAURUS_SEED);
    expect(q.age).toMatchObject({ min: 15, max: 15 });
    expect(q.terms).toEqual(["anxiety"]);
  });
});
