import { describe, expect, it } from "vitest";
import { readingAge } from "@/lib/plain-language/check";
import { THESAURUS_SEED } from "@/lib/thesaurus/seed";
import { buildGlossary, glossaryId, groupGlossary, toGlossaryEntry } from "./entries";

const glossary = buildGlossary(THESAURUS_SEED);
const entry = (id: string) => glossary.find((e) => e.id === id)!;

describe("toGlossaryEntry", () => {
  it("writes abbreviations as the explanation does, other terms in sentence case", () => {
    expect(entry("adhd").heading).toBe("ADHD");
    expect(entry("ehcp").heading).toBe("EHCP");
    expect(entry("sendiass").heading).toBe("SENDIASS");
    expect(entry("speech-and-language-therapy").heading).toBe("Speech and language therapy");
  });

  it("lists abbreviations, bracketed names and spelled-out forms as other names", () => {
    expect(entry("autism").otherNames).toEqual(["ASD", "ASC", "autism spectrum disorder", "autism spectrum condition"]);
    expect(entry("ehcp").otherNames).toEqual(["EHC plan", "education, health and care plan"]);
    expect(entry("short-breaks").otherNames).toEqual(["respite"]);
    expect(entry("dyslexia").otherNames).toEqual(["SpLD"]);
  });

  it("never lists the phrases families type", () => {
    const all = glossary.flatMap((e) => e.otherNames.map((n) => n.toLowerCase()));
    for (const phrase of ["sad all the time", "low mood", "worried", "cant concentrate", "on the spectrum", "cahms"])
      expect(all).not.toContain(phrase);
    expect(entry("anxiety").otherNames).toEqual([]);
  });

  it("slugifies anchors and keeps them unique", () => {
    expect(glossaryId("Carer's allowance")).toBe("carers-allowance");
    expect(glossaryId("Drop-in")).toBe("drop-in");
    const twins = buildGlossary([
      { term: "drop in", synonyms: ["x"], explanation: "One." },
      { term: "drop-in", synonyms: ["y"], explanation: "Two." },
    ]);
    expect(twins.map((e) => e.id)).toEqual(["drop-in", "drop-in-2"]);
  });

  it("marks everyday terms as not linked in page text", () => {
    expect(entry("sleep").linkTerm).toBe(false);
    expect(entry("autism").linkTerm).toBe(true);
    expect(
      toGlossaryEntry({ term: "portage", synonyms: ["home visiting"], explanation: "Home learning." }).linkTerm,
    ).toBe(true);
  });
});

describe("groupGlossary", () => {
  it("gives every letter A to Z, empty ones too, entries sorted by heading", () => {
    const letters = groupGlossary(glossary);
    expect(letters.map((l) => l.letter).join("")).toBe("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    expect(letters.find((l) => l.letter === "A")!.entries.map((e) => e.heading)).toEqual(["ADHD", "Anxiety", "Autism"]);
    expect(letters.find((l) => l.letter === "Q")!.entries).toEqual([]);
    expect(letters.flatMap((l) => l.entries)).toHaveLength(glossary.length);
  });

  it("puts headings that do not start with a letter under #", () => {
    const letters = groupGlossary(buildGlossary([{ term: "24-hour care", synonyms: [], explanation: "Care." }]));
    expect(letters.at(-1)).toMatchObject({ letter: "#", entries: [{ id: "24-hour-care" }] });
  });
});

describe("seeded explanations", () => {
  it("are plain: reading age 11 or under (printed for each)", () => {
    const rows = THESAURUS_SEED.map((e) => ({ term: e.term, readingAge: readingAge(e.explanation) }));
    console.table(rows);
    // Too short to score (under 10 words) counts as plain.
    const hard = rows.filter((r) => r.readingAge !== null && r.readingAge > 11);
    expect(hard).toEqual([]);
  });
});
