import { describe, expect, it } from "vitest";
import type { ListingInput } from "@/lib/services/schema";
import { diffListings } from "./diff";

const base: ListingInput = {
  name: "Stay and play",
  summary: "Play.",
  description: "Desc",
  whoFor: "Under fives",
  accessMethod: "drop_in",
  minimumAge: 0,
  maximumAge: 5,
  costType: "free",
  categories: ["play"],
  needs: ["autism", "adhd"],
  areas: ["north"],
  contacts: [{ title: "Organiser", phones: [{ number: "01632 960 001" }] }],
};

describe("diffListings", () => {
  it("marks only the fields that differ", () => {
    const rows = diffListings(base, { ...base, name: "Stay, play and learn", needs: ["adhd", "autism"] });
    expect(rows.filter((r) => r.changed).map((r) => r.label)).toEqual(["Service name"]);
    expect(rows.find((r) => r.field === "name")).toMatchObject({
      before: "Stay and play",
      after: "Stay, play and learn",
    });
  });

  it("says how it is delivered in words, and ticking in another order is no change", () => {
    const before = { ...base, deliveryMethods: ["online", "in-person"] } as ListingInput;
    const after = { ...base, deliveryMethods: ["in-person", "online"] } as ListingInput;
    expect(diffListings(before, after).find((r) => r.field === "deliveryMethods")).toMatchObject({
      label: "How it is delivered",
      after: "In person\nOnline",
      changed: false,
    });
  });

  it("shows list fields in words and a new listing against nothing", () => {
    const rows = diffListings(null, base);
    expect(rows.find((r) => r.field === "contacts")).toMatchObject({
      before: "",
      after: "Organiser · 01632 960 001",
      changed: true,
    });
  });

  it("includes the SEND question answers", () => {
    const rows = diffListings(base, { ...base, sendAnswers: { complaints: "Email us." } });
    expect(rows.find((r) => r.field === "sendAnswers.complaints")).toMatchObject({ after: "Email us.", changed: true });
  });
});
