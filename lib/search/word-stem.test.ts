import { describe, expect, it } from "vitest";
import { stemText, stemWord } from "./word-stem";

const same = (...words: string[]) => new Set(words.map(stemWord));

describe("stemWord", () => {
  it("gives a word's forms one stem", () => {
    for (const forms of [
      ["volunteer", "volunteers", "volunteering", "volunteered"],
      ["bereaved", "bereavement", "bereavements"],
      ["dance", "dances", "dancing", "danced"],
      ["knit", "knitting", "knits"],
      ["swim", "swimming", "swims"],
      ["library", "libraries", "library's"],
      ["baby", "babies", "baby's"],
      ["walk", "walks", "walking", "walked"],
      ["carer", "carers", "carer's", "carers'"],
      ["lonely", "loneliness"],
      ["class", "classes"],
      ["exercise", "exercises", "exercising"],
    ])
      expect(same(...forms).size, forms.join(", ")).toBe(1);
  });

  it("keeps words whose ending is part of the word, and never joins different meanings", () => {
    expect(stemWord("bus")).toBe("bus");
    expect(stemWord("this")).toBe("this");
    expect(stemWord("thing")).toBe("thing");
    expect(stemWord("red")).toBe("red");
    expect(stemWord("homeless")).not.toBe(stemWord("home"));
    expect(stemWord("carer")).not.toBe(stemWord("care"));
    expect(stemWord("autism")).toBe("autism");
    expect(stemWord("wellbeing")).toBe("wellbeing");
  });
});

describe("stemText", () => {
  it("gives every word's stem, in order", () => {
    expect(stemText("Dancing and dance classes for carer's")).toBe("danc and danc class for carer");
  });
});
