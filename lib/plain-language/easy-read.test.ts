import { describe, expect, it } from "vitest";
import { checkEasyRead } from "./easy-read";

describe("checkEasyRead", () => {
  it("finds nothing to say about short lines with one idea each", () => {
    const advice = checkEasyRead(
      "This group is for children with autism.\nIt meets on Saturday mornings.\nIt is free.\nYou can come with a parent.",
    );
    expect(advice).toMatchObject({ longLines: [], crowdedLines: [], jargon: [] });
    expect(advice.readingAge).toBeLessThanOrEqual(9);
  });

  it("names a line with a sentence over 15 words, by its number and first words", () => {
    const advice = checkEasyRead(
      "It is free.\nThe sessions take place in the small hall at the back of the community centre on Park Road.",
    );
    expect(advice.longLines).toEqual([{ line: 2, start: "The sessions take place in the small hall", words: 18 }]);
  });

  it("names a line holding two sentences: one idea a line", () => {
    expect(checkEasyRead("- It is free. You do not need to book.").crowdedLines).toEqual([
      { line: 1, start: "It is free. You do not need to", sentences: 2 },
    ]);
  });

  it("points out words families may not know", () => {
    expect(checkEasyRead("You need an EHCP.").jargon.map((j) => j.found)).toEqual(["EHCP"]);
  });
});
