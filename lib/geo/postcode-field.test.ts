import { describe, expect, it } from "vitest";
import { distanceMetres, formatMiles, nearestMetres, parsePostcode, tidyPostcodeInput } from "./postcode-field";

describe("the postcode field", () => {
  it("reads full postcodes and districts in any case and spacing", () => {
    expect(parsePostcode("fy4 2ab")).toEqual({ kind: "full", postcode: "FY4 2AB", outward: "FY4" });
    expect(parsePostcode("  FY42AB ")).toEqual({ kind: "full", postcode: "FY4 2AB", outward: "FY4" });
    expect(parsePostcode("fy 4 2 a b")).toEqual({ kind: "full", postcode: "FY4 2AB", outward: "FY4" });
    expect(parsePostcode("sw1a 1aa")).toEqual({ kind: "full", postcode: "SW1A 1AA", outward: "SW1A" });
    expect(parsePostcode("fy4")).toEqual({ kind: "district", postcode: "FY4", outward: "FY4" });
    expect(parsePostcode("Fy8")).toMatchObject({ kind: "district", postcode: "FY8" });
  });

  it("refuses what is not a postcode", () => {
    for (const text of ["", "hello", "FY", "12345", "FY4 2A", "FY4 2ABC", "<b>FY4</b> 2AB x"])
      expect(parsePostcode(text), text).toBeUndefined();
  });

  it("gives back what was typed, tidied and short, when it is not a postcode", () => {
    expect(tidyPostcodeInput("fy4 2ab")).toBe("FY4 2AB");
    expect(tidyPostcodeInput(" <script>blackpool</script> ")).toBe("SCRIPTBLAC");
  });
});

describe("distances", () => {
  const fy1 = { lat: 53.8165, lng: -3.0505 };
  const pr1 = { lat: 53.759, lng: -2.699 };
  it("measures in whole metres", () => {
    const m = distanceMetres(fy1, pr1);
    expect(Number.isInteger(m)).toBe(true);
    expect(m).toBeGreaterThan(20_000);
    expect(m).toBeLessThan(28_000);
    expect(distanceMetres(fy1, fy1)).toBe(0);
  });

  it("takes the nearest of several venues, and none without a venue", () => {
    expect(nearestMetres(fy1, [pr1, fy1])).toBe(0);
    expect(nearestMetres(fy1, [])).toBeUndefined();
  });

  it("shows miles with one decimal under 10 and whole miles from 10", () => {
    expect(formatMiles(1931)).toBe("1.2 miles");
    expect(formatMiles(1609)).toBe("1 mile");
    expect(formatMiles(50)).toBe("Less than 0.1 miles");
    expect(formatMiles(100)).toBe("0.1 miles");
    expect(formatMiles(15_900)).toBe("9.9 miles");
    expect(formatMiles(16_093)).toBe("10 miles");
    expect(formatMiles(40_000)).toBe("25 miles");
  });
});
