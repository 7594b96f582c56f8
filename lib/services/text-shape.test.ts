import { describe, expect, it } from "vitest";
import { htmlToText } from "@/lib/oruk/clean-text";
import { mapBlockText, shapeText } from "./text-shape";

describe("shapeText", () => {
  it("makes paragraphs from blank lines and keeps single line breaks inside one", () => {
    expect(shapeText("We run a club.\nIt meets on Mondays.\n\n\nCall us to book.")).toEqual([
      { kind: "paragraph", lines: ["We run a club.", "It meets on Mondays."] },
      { kind: "paragraph", lines: ["Call us to book."] },
    ]);
  });

  it('turns lines starting "-", "*" or "•" into one bulleted list, straight after a lead-in line', () => {
    expect(shapeText("We can help with:\n- forms\n* money\n•benefits\n• travel")).toEqual([
      { kind: "paragraph", lines: ["We can help with:"] },
      { kind: "list", ordered: false, items: ["forms", "money", "benefits", "travel"] },
    ]);
  });

  it('turns "1." and "2)" lines into a numbered list that starts where the writer started', () => {
    expect(shapeText("1. Call us\n2) Fill in the form\n\n3. Come along")).toEqual([
      { kind: "list", ordered: true, start: 1, items: ["Call us", "Fill in the form"] },
      { kind: "list", ordered: true, start: 3, items: ["Come along"] },
    ]);
  });

  it("starts a new list when bullets change to numbers, and a new paragraph after a list", () => {
    expect(shapeText("- one\n1. first\nAfter the list.")).toEqual([
      { kind: "list", ordered: false, items: ["one"] },
      { kind: "list", ordered: true, start: 1, items: ["first"] },
      { kind: "paragraph", lines: ["After the list."] },
    ]);
  });

  it("carries an indented line on with the item above it", () => {
    expect(shapeText("- a long item\n  that wraps\n- next")).toEqual([
      { kind: "list", ordered: false, items: ["a long item that wraps", "next"] },
    ]);
  });

  it("leaves dashes, stars and years that are not bullets as text", () => {
    const text = "-5 degrees outside\n*only* on Mondays\n2024. was our busiest year\nOpen 9 - 5";
    expect(shapeText(text)).toEqual([{ kind: "paragraph", lines: text.split("\n") }]);
  });

  it("splits bullets run together on one line, as some feeds send them", () => {
    expect(shapeText("We will advise you about: • Keeping a diary • Pacing • Sleep")).toEqual([
      { kind: "paragraph", lines: ["We will advise you about:"] },
      { kind: "list", ordered: false, items: ["Keeping a diary", "Pacing", "Sleep"] },
    ]);
    expect(shapeText("Tea • coffee")).toEqual([{ kind: "paragraph", lines: ["Tea • coffee"] }]);
  });

  it("drops empty bullets, Windows line ends and missing text", () => {
    expect(shapeText("- \r\n- real\r\n")).toEqual([{ kind: "list", ordered: false, items: ["real"] }]);
    expect(shapeText(null)).toEqual([]);
    expect(shapeText("  \n\n ")).toEqual([]);
  });

  it("keeps markup as words: it is text, never HTML", () => {
    expect(shapeText("- <b>bold</b> & <script>x</script>")).toEqual([
      { kind: "list", ordered: false, items: ["<b>bold</b> & <script>x</script>"] },
    ]);
  });

  it("reads imported feed text (lists, <br> bullets) back into its shape", () => {
    const imported = htmlToText(
      "<p><strong>Support can include:</strong></p><ul><li>talking with a worker</li><li>funeral planning</li></ul>" +
        "<p>Our advocates can support you to:</p><p>• know your options<br>• have your views heard</p><p>Call us.</p>",
    );
    expect(shapeText(imported)).toEqual([
      { kind: "paragraph", lines: ["Support can include:"] },
      { kind: "list", ordered: false, items: ["talking with a worker", "funeral planning"] },
      { kind: "paragraph", lines: ["Our advocates can support you to:"] },
      { kind: "list", ordered: false, items: ["know your options", "have your views heard"] },
      { kind: "paragraph", lines: ["Call us."] },
    ]);
  });
});

describe("mapBlockText", () => {
  it("maps every line and item in reading order", () => {
    const seen: string[] = [];
    const mapped = mapBlockText(shapeText("A\nB\n- c\n1. d"), (t) => {
      seen.push(t);
      return t.toLowerCase();
    });
    expect(seen).toEqual(["A", "B", "c", "d"]);
    expect(mapped).toEqual([
      { kind: "paragraph", lines: ["a", "b"] },
      { kind: "list", ordered: false, items: ["c"] },
      { kind: "list", ordered: true, start: 1, items: ["d"] },
    ]);
  });
});
