import { describe, expect, it } from "vitest";
import { agesInText, webAddress } from "./feed-fields";
import { mapFeedRecord } from "./feed-to-listing";

const v1 = {
  id: "738f94e0-aa6c-6a5c-2395-7b64421ba2a5",
  name: "Autism &amp; ADHD parents group",
  description:
    "<p>A friendly group for parents of autistic children aged 5 to 11. Meets every Tuesday.</p><p>No referral needed.</p>",
  url: "www.example.org/group",
  email: "group@example.org",
  status: "active",
  fees: "",
  attending_access: "",
  assured_date: "2024-12-10",
  organization: {
    id: "20da2f9a-59de-622c-3b63-78d899ba0d94",
    name: "Example Council",
    description: "",
    url: "https://example.org/",
  },
  pc_targetAudience: [
    { id: "1", audienceType: "Autism " },
    { id: "2", audienceType: "Parents>Grandparents" },
  ],
};

describe("mapping a v1 feed record", () => {
  it("cleans text, maps audiences to needs, keeps the rest as tags and says what it derived", () => {
    const result = mapFeedRecord(v1, "north-lincs");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { listing, organisation, derived } = result.record;
    expect(listing.name).toBe("Autism & ADHD parents group");
    expect(listing.summary).toBe(
      "A friendly group for parents of autistic children aged 5 to 11. Meets every Tuesday.",
    );
    expect(listing.needs).toEqual(["autism"]);
    expect(listing.tags).toEqual(["Parents > Grandparents"]);
    expect(listing.categories).toEqual(["advice"]);
    expect([listing.minimumAge, listing.maximumAge]).toEqual([5, 11]);
    expect(listing.accessMethod).toBe("self_refer"); // "No referral needed" is not a referral route
    expect(listing.url).toBe("https://www.example.org/group");
    expect(listing.contacts).toEqual([{ title: "General enquiries", email: "group@example.org", phones: [] }]);
    expect(listing.lastCheckedAt).toBe("2024-12-10");
    expect(listing.whoFor).toBe("For: Autism, Parents>Grandparents.");
    expect(organisation).toMatchObject({ name: "Example Council", kind: "council", website: "https://example.org/" });
    expect(derived).toEqual(
      expect.arrayContaining(["ages: 'aged 5 to 11' in the description", "areas: the whole borough"]),
    );
  });

  it("reads how it is delivered from attending_type, keeping the words as a tag, and access notes as written", () => {
    const result = mapFeedRecord(
      {
        ...v1,
        attending_type: "Online and telephone",
        service_at_locations: [
          {
            location: {
              name: "Hub",
              addresses: [{ address_1: "1 Road", city: "Town", postal_code: "FY1 1AA" }],
              accessibility: [{ description: "Wheelchair accessible, level access" }],
            },
          },
        ],
      },
      "x",
    );
    expect(result.ok && result.record.listing.deliveryMethods).toEqual(["online", "phone"]);
    expect(result.ok && result.record.listing.tags).toContain("Online and telephone");
    expect(result.ok && result.record.listing.locations[0].accessibility).toEqual([
      "Wheelchair accessible, level access",
    ]);
  });

  it("spots a referral route in the description", () => {
    const result = mapFeedRecord(
      { ...v1, description: "<p>Speech therapy. Your GP or school can make a referral to the team.</p>" },
      "x",
    );
    expect(result.ok && result.record.listing).toMatchObject({
      accessMethod: "referral",
      referralRoute: "Your GP or school can make a referral to the team.",
    });
  });

  it("skips only a record without a name; one without an id or a contact is still a listing", () => {
    expect(mapFeedRecord({ ...v1, name: " <p></p> " }, "x")).toMatchObject({
      ok: false,
      reason: "The record has no service name.",
    });
    expect(mapFeedRecord({ ...v1, id: "" }, "x")).toMatchObject({ ok: true, record: { sourceId: /^no-id-/ } });
    expect(mapFeedRecord({ ...v1, url: "", email: "" }, "x")).toMatchObject({
      ok: true,
      record: { listing: { url: "https://example.org/" } }, // the organisation's website
    });
  });

  it("keeps ages outside 0 to 25 out, and says so", () => {
    const result = mapFeedRecord({ ...v1, description: "For people aged 50 to 80." }, "x");
    expect(result.ok && [result.record.listing.minimumAge, result.record.listing.maximumAge]).toEqual([0, 25]);
    expect(result.ok && result.record.derived.some((d) => d.includes("outside 0 to 25"))).toBe(true);
  });
});

describe("mapping an ORUK 3.0 service", () => {
  it("reads ages, locations, times, contacts and terms", () => {
    const result = mapFeedRecord(
      {
        id: "ac148810-d857-441c-9679-408f346de14b",
        name: "Community Counselling",
        description: "Counselling.",
        status: "temporarily closed",
        alert: "Closed until March.",
        minimum_age: 12,
        maximum_age: 100,
        organization_id: "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
        contacts: [{ id: "c", name: "Reception", phones: [{ id: "p", number: "01234 567890" }] }],
        schedules: [{ id: "s", byday: "MO,WE", opens_at: "09:00:00Z", closes_at: "17:00" }],
        service_at_locations: [
          {
            id: "x",
            location: {
              id: "l",
              name: "Hub",
              addresses: [{ address_1: "1 High St", city: "Town", postal_code: "fy1 4ab" }],
            },
          },
        ],
        attributes: [{ id: "a", taxonomy_term: { id: "t", name: "Mental health" } }],
      },
      "y",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.listing).toMatchObject({
      status: "temporarily_closed",
      closureMessage: "Closed until March.",
      minimumAge: 12,
      maximumAge: 25,
      needs: ["semh"],
      schedules: [{ byday: ["MO", "WE"], opensAt: "09:00", closesAt: "17:00" }],
      locations: [{ name: "Hub", postcode: "FY1 4AB" }],
      contacts: [{ name: "Reception", phones: [{ number: "01234 567890" }] }],
    });
    expect(result.record.derived).toContain("ages: 12 to 100 in the source, narrowed to 12 to 25");
  });
});

describe("field readers", () => {
  it("reads ages people write", () => {
    expect(agesInText("for 11-16 year olds")).toMatchObject({ min: 11, max: 16 });
    expect(agesInText("open to under 5s")).toMatchObject({ min: 0, max: 4 });
    expect(agesInText("18+ only")).toMatchObject({ min: 18, max: 25 });
    expect(agesInText("meets 2-3 times a week")).toBeUndefined();
  });

  it("repairs web addresses without a scheme and rejects nonsense", () => {
    expect(webAddress("HTTPS://e-voice.org/x")).toBe("https://e-voice.org/x");
    expect(webAddress("linktr.ee/scunnylgbtq")).toBe("https://linktr.ee/scunnylgbtq");
    expect(webAddress("not a url")).toBeUndefined();
  });
});
