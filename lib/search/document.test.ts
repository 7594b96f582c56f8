import { describe, expect, it } from "vitest";
import { documentWords, toSearchDocument, type IndexableService } from "./document";
import { THESAURUS_SEED } from "@/lib/thesaurus/seed";
import { thesaurusPhrases } from "@/lib/search/query/understand";

const phrases = thesaurusPhrases(THESAURUS_SEED);
const term = (taxonomy: string, code: string, name: string) => ({ term: { code, name, taxonomy: { code: taxonomy } } });

function service(overrides: Partial<IndexableService> = {}): IndexableService {
  return {
    id: "7c1e4a52-0000-4000-8000-000000000001",
    slug: "sunny-respite",
    name: "Sunny respite club",
    summary: "Saturday respite for autistic children.",
    description: "Games, crafts and a quiet room.",
    whoFor: "Children aged 5 to 11.",
    status: "active",
    accessMethod: "self_refer",
    minimumAge: 5,
    maximumAge: 11,
    costType: "free",
    tags: ["saturdays"],
    lastCheckedAt: new Date("2026-06-01T00:00:00Z"),
    publishedAt: new Date("2026-01-01T00:00:00Z"),
    archivedAt: null,
    organisation: { name: "Sunny Trust" },
    serviceAreas: [{ areaCode: "north" }],
    terms: [
      term("needs", "autism", "Autism"),
      term("categories", "leisure", "Things to do"),
      term("age-groups", "primary", "Primary"),
    ],
    deliveryMethods: ["online", "in-person"],
    schedules: [
      { byday: "SA", opensAt: "10:00", closesAt: "12:00", termTimeOnly: true, description: null },
      { byday: "SA,SU", opensAt: "13:00", closesAt: "16:00", termTimeOnly: true, description: null },
    ],
    languages: [
      { name: "English", code: "en" },
      { name: "British Sign Language", code: null },
    ],
    serviceAtLocations: [
      {
        location: { latitude: 53.8, longitude: -3.05, accessibility: [{ description: "Level access, hearing loop" }] },
      },
      { location: { latitude: null, longitude: null, accessibility: [] } },
    ],
    ...overrides,
  };
}

describe("toSearchDocument", () => {
  it("maps a listing to the fields both engines search and filter on", () => {
    const d = toSearchDocument(service(), phrases)!;
    expect(d).toMatchObject({
      id: service().id,
      slug: "sunny-respite",
      needs: ["autism"],
      needNames: ["Autism"],
      categories: ["leisure"],
      categoryNames: ["Things to do"],
      areas: ["north"],
      days: ["SA", "SU"],
      minAge: 5,
      maxAge: 11,
      ageGroups: ["primary", "secondary"],
      lastChecked: Math.floor(Date.parse("2026-06-01") / 86_400_000),
      locations: [{ lat: 53.8, lng: -3.05 }],
      organisation: "Sunny Trust",
      delivery: ["in-person", "online"],
      access: ["step-free", "hearing-loop"],
      languages: ["bsl"],
      times: ["weekends"],
    });
    expect(d.description).toContain("Children aged 5 to 11.");
  });

  it("adds the canonical words its own text implies, so jargon on either side matches", () => {
    const d = toSearchDocument(service(), phrases)!;
    expect(d.keywords).toEqual(expect.arrayContaining(["saturdays", "short breaks", "autism"]));
  });

  it("puts a whole-borough service in every area", () => {
    expect(toSearchDocument(service({ serviceAreas: [{ areaCode: "whole" }] }))!.areas).toEqual([
      "north",
      "central",
      "south",
      "whole",
    ]);
  });

  it("leaves out unpublished, archived and closed-for-good listings", () => {
    expect(toSearchDocument(service({ publishedAt: null }))).toBeNull();
    expect(toSearchDocument(service({ archivedAt: new Date() }))).toBeNull();
    expect(toSearchDocument(service({ status: "defunct" }))).toBeNull();
    expect(toSearchDocument(service({ status: "inactive" }))).toBeNull();
    expect(toSearchDocument(service({ status: "temporarily_closed" }))).not.toBeNull();
  });

  it("lists the document's words for spelling correction", () => {
    expect(documentWords(toSearchDocument(service(), phrases)!)).toEqual(
      expect.arrayContaining(["respite", "autistic", "crafts"]),
    );
  });
});

describe("the easy-read summary", () => {
  it("is searched with the description, and leaves the description as it was when there is none", () => {
    expect(toSearchDocument(service())?.description).toBe("Games, crafts and a quiet room.\n\nChildren aged 5 to 11.");
    expect(toSearchDocument(service({ easyRead: "It is free.\nYou can bring a friend." }))?.description).toBe(
      "Games, crafts and a quiet room.\n\nChildren aged 5 to 11.\n\nIt is free.\nYou can bring a friend.",
    );
  });
});
