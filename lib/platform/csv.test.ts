import { describe, expect, it } from "vitest";
import { csvCell, csvDownload, toCsv } from "./csv";

describe("toCsv", () => {
  it("joins cells with commas and ends every row with CRLF (RFC 4180)", () => {
    expect(
      toCsv([
        ["Need", "Searches"],
        ["Autism", 3],
      ]),
    ).toBe("Need,Searches\r\nAutism,3\r\n");
  });

  it("quotes a cell holding a comma, a quote or a line break, doubling the quotes", () => {
    expect(csvCell("Smith, Jane")).toBe('"Smith, Jane"');
    expect(csvCell('She said "no"')).toBe('"She said ""no"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell("plain")).toBe("plain");
  });

  it("puts a ' before text a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+44 1234")).toBe("'+44 1234");
    expect(csvCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tTAB")).toBe("'\tTAB");
    expect(csvCell("\rCR")).toBe('"\'\rCR"');
    // Only the first character matters: a formula sign inside text is harmless.
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("leaves real numbers as numbers (so sums work) and writes nothing for missing values", () => {
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(2.5)).toBe("2.5");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell("")).toBe("");
  });

  it("writes an empty string for no rows", () => {
    expect(toCsv([])).toBe("");
  });
});

describe("csvDownload", () => {
  it("is a UTF-8 CSV attachment with a byte-order mark so Excel reads accents and £ correctly", async () => {
    const response = csvDownload("gaps 2026-01.csv", [["Area"], ["Bishop’s Stortford"]]);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="gaps-2026-01.csv"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe("Area\r\nBishop’s Stortford\r\n");
  });
});
