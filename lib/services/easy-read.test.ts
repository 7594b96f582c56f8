import { describe, expect, it } from "vitest";
import { cleanEasyRead, EASY_READ_MAX, EASY_READ_MAX_LINES, easyReadLines } from "./easy-read";
import { listingInputSchema } from "./schema";

describe("easyReadLines", () => {
  it("keeps one idea a line: trimmed, spaces collapsed, empty lines dropped", () => {
    expect(
      easyReadLines(
        "  This group is for children with autism. \r\n\r\n\tIt meets   on Saturday mornings.\nIt is free.\n",
      ),
    ).toEqual(["This group is for children with autism.", "It meets on Saturday mornings.", "It is free."]);
  });

  it("drops list markers the writer typed: the page makes its own list", () => {
    expect(easyReadLines("- It is free.\n* You can come with a parent.\n• Ring us.\n1. Book\n2) Come along")).toEqual([
      "It is free.",
      "You can come with a parent.",
      "Ring us.",
      "Book",
      "Come along",
    ]);
  });

  it("strips HTML tags and keeps their text, starting a new line where the HTML did", () => {
    expect(easyReadLines("<p>It is <b>free</b>.</p><p>Ring us<br>to book.</p><script>alert(1)</script>")).toEqual([
      "It is free.",
      "Ring us",
      "to book.",
      "alert(1)",
    ]);
    expect(easyReadLines("Children aged 5 < 11 can come.")).toEqual(["Children aged 5 < 11 can come."]);
  });

  it("drops lines with no words (a lone dash or dots) and reads nothing from null", () => {
    expect(easyReadLines("-\n...\nIt is free.")).toEqual(["It is free."]);
    expect(easyReadLines(null)).toEqual([]);
    expect(cleanEasyRead("  \n \n")).toBe("");
  });

  it("stores the lines joined by one line break", () => {
    expect(cleanEasyRead("It is free.\r\n\r\n- Ring us.")).toBe("It is free.\nRing us.");
  });
});

describe("the listing's easyRead field", () => {
  const parse = (easyRead?: string) =>
    listingInputSchema.safeParse({
      name: "Saturday club",
      summary: "A club.",
      description: "A club for children.",
      whoFor: "Children.",
      easyRead,
      accessMethod: "drop_in",
      minimumAge: 5,
      maximumAge: 11,
      costType: "free",
      categories: ["leisure"],
      areas: ["central"],
      contacts: [{ phones: [{ number: "01632 960 000" }] }],
    });

  it("is optional: empty or absent is no summary", () => {
    expect(parse(undefined).data?.easyRead).toBeUndefined();
    expect(parse(" \n ").data?.easyRead).toBeUndefined();
  });

  it("is cleaned before it is checked and kept", () => {
    expect(parse("<p>It is free.</p>\n\n- Ring us.").data?.easyRead).toBe("It is free.\nRing us.");
  });

  it(`says so when it is over ${EASY_READ_MAX} characters or ${EASY_READ_MAX_LINES} lines`, () => {
    const long = parse("Word ".repeat(400));
    expect(long.error?.issues[0]).toMatchObject({ path: ["easyRead"], message: "Use 1500 characters or fewer" });
    const many = parse(Array.from({ length: 21 }, (_, i) => `Line ${i}.`).join("\n"));
    expect(many.error?.issues[0]).toMatchObject({ path: ["easyRead"], message: "Use 20 lines or fewer" });
  });
});
