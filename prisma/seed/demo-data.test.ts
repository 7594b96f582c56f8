import { describe, it, expect } from "vitest";
import { organisationInputSchema } from "../../lib/organisations/schema";
import { checkEasyRead } from "../../lib/plain-language/easy-read";
import { listingInputSchema } from "../../lib/services/schema";
import { AREA_TERMS, CATEGORY_TERMS, NEED_TERMS } from "../../lib/taxonomy/vocabulary";
import { demoOrganisations, demoServices } from "./demo-data";

const categoryCodes = new Set(CATEGORY_TERMS.map((t) => t.code));
const needCodes = new Set(NEED_TERMS.map((t) => t.code));
const areaCodes = new Set(AREA_TERMS.map((t) => t.code));

function countUses(pick: (s: (typeof demoServices)[number]) => string[] | undefined) {
  const counts = new Map<string, number>();
  for (const s of demoServices) for (const code of pick(s) ?? []) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}

describe("demo data", () => {
  it("has at least 75 services", () => {
    expect(demoServices.length).toBeGreaterThanOrEqual(75);
  });

  it("every service parses with listingInputSchema", () => {
    const failures: string[] = [];
    for (const { organisation: _organisation, ...service } of demoServices) {
      const result = listingInputSchema.safeParse(service);
      if (!result.success)
        failures.push(`${service.slug ?? service.name}:\n${JSON.stringify(result.error.issues, null, 2)}`);
    }
    expect(failures, failures.join("\n\n")).toEqual([]);
  });

  it("at least 10 services have an easy-read summary the plain-language check has nothing to say about", () => {
    const withEasyRead = demoServices.filter((s) => s.easyRead);
    expect(withEasyRead.length).toBeGreaterThanOrEqual(10);
    for (const s of withEasyRead) {
      const advice = checkEasyRead(s.easyRead!);
      expect({ ...advice, readingAge: undefined }, s.slug).toEqual({
        readingAge: undefined,
        longLines: [],
        crowdedLines: [],
        jargon: [],
      });
      // Reading age about 7 to 9 (the checker's floor is 6).
      expect(advice.readingAge, s.slug).toBeLessThanOrEqual(9);
    }
  });

  it("every organisation parses and has a unique slug", () => {
    const failures: string[] = [];
    for (const org of demoOrganisations) {
      const result = organisationInputSchema.safeParse(org);
      if (!result.success) failures.push(`${org.slug}:\n${JSON.stringify(result.error.issues, null, 2)}`);
    }
    expect(failures, failures.join("\n\n")).toEqual([]);
    const slugs = demoOrganisations.map((o) => o.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("service slugs are present and unique", () => {
    const slugs = demoServices.map((s) => s.slug);
    expect(slugs.filter((s) => !s)).toEqual([]);
    const duplicates = slugs.filter((s, i) => slugs.indexOf(s) !== i);
    expect(duplicates).toEqual([]);
  });

  it("every referenced organisation exists", () => {
    const orgSlugs = new Set(demoOrganisations.map((o) => o.slug));
    const missing = demoServices
      .filter((s) => !orgSlugs.has(s.organisation))
      .map((s) => `${s.slug} -> ${s.organisation}`);
    expect(missing).toEqual([]);
  });

  it("every category, need and area code exists in the vocabulary", () => {
    const unknown: string[] = [];
    for (const s of demoServices) {
      for (const c of s.categories) if (!categoryCodes.has(c)) unknown.push(`${s.slug}: category ${c}`);
      for (const n of s.needs ?? []) if (!needCodes.has(n)) unknown.push(`${s.slug}: need ${n}`);
      for (const a of s.areas) if (!areaCodes.has(a)) unknown.push(`${s.slug}: area ${a}`);
    }
    expect(unknown).toEqual([]);
  });

  it("every need and category code is used at least 3 times", () => {
    const categoryCounts = countUses((s) => s.categories);
    const needCounts = countUses((s) => s.needs);
    const rare = [
      ...[...categoryCodes]
        .filter((c) => (categoryCounts.get(c) ?? 0) < 3)
        .map((c) => `category ${c}: ${categoryCounts.get(c) ?? 0}`),
      ...[...needCodes].filter((n) => (needCounts.get(n) ?? 0) < 3).map((n) => `need ${n}: ${needCounts.get(n) ?? 0}`),
    ];
    expect(rare).toEqual([]);
  });

  it("every area is used", () => {
    const areaCounts = countUses((s) => s.areas);
    expect([...areaCodes].filter((a) => !areaCounts.has(a))).toEqual([]);
  });

  it("Seabourne venues have coordinates that match their postcode's part of the borough", () => {
    // north = FY5-FY7, central = FY1-FY3, south = FY4 and FY8 (see demo/venues.ts).
    const boxes: Record<string, { lat: [number, number]; lng: [number, number] }> = {
      north: { lat: [53.86, 53.93], lng: [-3.05, -2.97] },
      central: { lat: [53.8, 53.84], lng: [-3.06, -3.0] },
      south: { lat: [53.74, 53.8], lng: [-3.04, -2.95] },
    };
    const districtArea: Record<string, string> = {
      FY1: "central",
      FY2: "central",
      FY3: "central",
      FY4: "south",
      FY5: "north",
      FY6: "north",
      FY7: "north",
      FY8: "south",
    };
    const wrong: string[] = [];
    for (const s of demoServices) {
      for (const loc of s.locations ?? []) {
        if (loc.latitude === undefined || loc.longitude === undefined) {
          wrong.push(`${s.slug}: ${loc.name} has no coordinates`);
          continue;
        }
        const area = districtArea[loc.postcode.split(" ")[0]];
        if (!area) continue; // outside the borough
        const box = boxes[area];
        const inBox =
          loc.latitude >= box.lat[0] &&
          loc.latitude <= box.lat[1] &&
          loc.longitude >= box.lng[0] &&
          loc.longitude <= box.lng[1];
        if (!inBox) wrong.push(`${s.slug}: ${loc.name} (${loc.postcode}) is outside the ${area} box`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
