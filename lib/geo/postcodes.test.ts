import { describe, expect, it } from "vitest";
import { POSTCODE_DISTRICTS } from "./postcode-districts";
import { distanceKm, findPostcode, removePostcodes } from "./postcodes";

describe("postcodes", () => {
  it("finds full postcodes and known outward codes in any case", () => {
    expect(findPostcode("near fy4 2ab please")).toMatchObject({ outward: "FY4", full: true, match: "fy4 2ab" });
    expect(findPostcode("FY12AB")).toMatchObject({ outward: "FY1", full: true });
    expect(findPostcode("in PR1")).toMatchObject({ outward: "PR1", full: false });
    expect(findPostcode("b12 vitamins")).toBeUndefined();
  });

  it("covers every FY district of the Fylde coast", () => {
    for (let n = 1; n <= 8; n++) expect(POSTCODE_DISTRICTS[`FY${n}`]).toBeDefined();
  });

  it("measures distances in kilometres", () => {
    // Blackpool to Preston is about 24 km.
    const km = distanceKm(POSTCODE_DISTRICTS.FY1, POSTCODE_DISTRICTS.PR1);
    expect(km).toBeGreaterThan(20);
    expect(km).toBeLessThan(28);
  });

  it("removes postcodes from text", () => {
    expect(removePostcodes("help FY4 2AB and fy1", "#")).toBe("help # and #");
  });
});
