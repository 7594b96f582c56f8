import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { chartSummary, ColumnChart, columnGeometry, RankedBars } from "./bar-chart";

const bars = [
  { label: "1 Nov", count: 2 },
  { label: "2 Nov", count: 8 },
  { label: "3 Nov", count: 0 },
  { label: "4 Nov", count: 4 },
];

describe("columnGeometry", () => {
  it("scales the tallest bar to the top, a zero to nothing, bars side by side in order", () => {
    const shapes = columnGeometry(bars);
    expect(shapes[1].height).toBeCloseTo(160);
    expect(shapes[1].y).toBeCloseTo(16);
    expect(shapes[0].height).toBeCloseTo(40);
    expect(shapes[2].height).toBe(0);
    expect(shapes[3].x).toBeGreaterThan(shapes[2].x);
    expect(shapes[3].x + shapes[3].width).toBeLessThanOrEqual(640);
    // All zeros: no division by zero.
    expect(columnGeometry([{ label: "a", count: 0 }])[0].height).toBe(0);
  });
});

describe("chartSummary", () => {
  it("says the total and the busiest bar in words", () => {
    expect(chartSummary("Page views per day", bars, "views")).toBe(
      "Page views per day: 14 views in all, the most on 2 Nov (8).",
    );
    expect(chartSummary("Searches per day", [], "searches")).toBe("Searches per day: none counted.");
  });
});

describe("ColumnChart", () => {
  it("is an SVG named by its summary, with the same figures in a table behind a details", () => {
    const html = renderToStaticMarkup(
      createElement(ColumnChart, {
        id: "views",
        title: "Page views per day",
        bars,
        unit: "views",
        labelHeading: "Day",
        countHeading: "Page views",
      }),
    );
    expect(html).toContain('<svg role="img" aria-labelledby="views-summary"');
    expect(html).toContain('<title id="views-summary">Page views per day: 14 views in all');
    expect(html.match(/<rect /g)).toHaveLength(4);
    expect(html).toContain("<summary>Show the figures as a table</summary>");
    expect(html).toMatch(/<td[^>]*>2 Nov<\/td><td[^>]*>8<\/td>/);
    expect(html).not.toContain("<script");
  });
});

describe("RankedBars", () => {
  it("is a table with a number in each row and a bar hidden from screen readers; words are text", () => {
    const html = renderToStaticMarkup(
      createElement(RankedBars, {
        caption: "Top searches",
        labelHeading: "Words",
        countHeading: "Searches",
        rows: [
          { label: "<b>autism</b>", count: 1200 },
          { label: "swimming", count: 600 },
        ],
      }),
    );
    expect(html).toContain("&lt;b&gt;autism&lt;/b&gt;");
    expect(html).toContain("1,200");
    expect(html).toContain('<svg aria-hidden="true"');
    expect(html).toContain('width="50"');
    expect(
      renderToStaticMarkup(createElement(RankedBars, { caption: "x", labelHeading: "a", countHeading: "b", rows: [] })),
    ).toContain("None counted in this period.");
  });
});
