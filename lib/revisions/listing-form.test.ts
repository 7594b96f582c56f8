import { describe, expect, it } from "vitest";
import { listingInputSchema, type ListingInput } from "@/lib/services/schema";
import { applyListIntent, compactListRows, formToListingInput, listingInputToForm } from "./listing-form";

const listing: ListingInput = {
  slug: "stay-and-play",
  name: "Stay and play",
  summary: "Play sessions.",
  description: "Line one.\n\nLine two.",
  whoFor: "Under fives.",
  status: "temporarily_closed",
  closureMessage: "Hall repairs",
  reopeningDate: "2026-12-01",
  accessMethod: "referral",
  deliveryMethods: ["in-person", "online"],
  referralRoute: "Ask your health visitor",
  minimumAge: 0,
  maximumAge: 5,
  costType: "paid",
  costOptions: [{ option: "Per session", amount: 2.5 }],
  categories: ["play"],
  needs: ["autism", "sensory"],
  areas: ["north"],
  contacts: [
    { title: "Organiser", email: "play@example.org", phones: [{ number: "01632 960 001", description: "Mornings" }] },
  ],
  locations: [
    {
      name: "Hall",
      address1: "1 High St",
      city: "Seabourne",
      postcode: "SB1 1AA",
      accessibility: ["Step-free access", "Hearing loop"],
    },
  ],
  schedules: [{ byday: ["MO", "WE"], opensAt: "09:30", closesAt: "11:30", termTimeOnly: true, locationName: "Hall" }],
  languages: [{ name: "Polish", code: "pl" }],
  sendAnswers: { approach: "Small groups." },
  tags: ["toddlers", "messy play"],
  lastCheckedAt: "2026-06-01",
};

describe("listing form mapping", () => {
  it("round-trips a whole listing through the form values", () => {
    const back = listingInputSchema.parse(formToListingInput(listingInputToForm(listing)));
    expect(back).toEqual(listingInputSchema.parse(listing));
  });

  it("shows access facts that are a tick box's words as ticked boxes, and keeps the rest as text", () => {
    const form = listingInputToForm({
      ...listing,
      locations: [{ ...listing.locations![0], accessibility: ["Step-free access", "Lift to every floor"] }],
    });
    const venue = (form.locations as Record<string, unknown>[])[0];
    expect(venue.accessFeatures).toEqual(["step-free"]);
    expect(venue.accessibility).toBe("Lift to every floor");
    venue.accessFeatures = ["step-free", "changing-places"];
    const back = formToListingInput(form) as { locations: { accessibility: string[] }[]; deliveryMethods: string[] };
    expect(back.locations[0].accessibility).toEqual([
      "Step-free access",
      "Changing Places toilet",
      "Lift to every floor",
    ]);
    expect(back.deliveryMethods).toEqual(["in-person", "online"]);
  });

  it("turns browser CRLF line breaks into LF so an untouched description is not a change", () => {
    const form = { ...listingInputToForm(listing), description: "Line one.\r\n\r\nLine two." };
    expect((formToListingInput(form) as { description: string }).description).toBe("Line one.\n\nLine two.");
  });

  it("drops rows left empty and keeps error row numbers in step with the rows shown", () => {
    const form = listingInputToForm(listing);
    form.contacts = [
      { title: "", name: "", email: "", phones: [{ number: "", description: "" }] },
      { title: "Admin", email: "not-an-email", phones: [] },
    ];
    const result = listingInputSchema.safeParse(formToListingInput(form));
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(["contacts", 0, "email"]);
    expect((compactListRows(form).contacts as unknown[]).length).toBe(1);
  });

  it("adds and removes rows without touching anything else typed", () => {
    const form = { ...listingInputToForm(listing), name: "Typed but not saved" };
    const added = applyListIntent(form, "add:contacts")!;
    expect((added.contacts as unknown[]).length).toBe(2);
    expect(added.name).toBe("Typed but not saved");
    const removed = applyListIntent(added, "remove:contacts.0")!;
    expect(removed.contacts).toEqual([{ name: "", title: "", email: "", phones: [] }]);
    expect(applyListIntent(form, "drop:everything")).toBeNull();
  });

  it("passes a non-number age to the schema so it says what to do", () => {
    const result = listingInputSchema.safeParse(
      formToListingInput({ ...listingInputToForm(listing), minimumAge: "five" }),
    );
    expect(result.success).toBe(false);
    expect(result.error!.issues.some((i) => i.path[0] === "minimumAge")).toBe(true);
  });
});
