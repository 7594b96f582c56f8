import { describe, expect, it } from "vitest";
import { listingInputSchema } from "@/lib/services/schema";
import { buildListing } from "@/tests/factories/listings";
import { applyFeedChange, canonicalJson, sameListing } from "./feed-change";

const listing = (o: Parameters<typeof buildListing>[0]) => listingInputSchema.parse(buildListing(o));

describe("a feed's change to a live listing", () => {
  const previous = listing({ name: "Club", summary: "From the feed.", slug: "club" });
  const live = { ...previous, summary: "Checked by the council.", slug: "club" };

  it("takes only the fields the feed changed, keeping an officer's edit and the address", () => {
    const next = listing({ name: "Club at the library", summary: "From the feed." });
    expect(applyFeedChange(live, previous, next)).toEqual({ ...live, name: "Club at the library" });
  });

  it("takes the feed's whole listing (with the live address) when its earlier record is unknown", () => {
    const next = listing({ name: "Club at the library" });
    expect(applyFeedChange(live, null, next)).toEqual({ ...next, slug: "club" });
  });

  it("compares as sets where order means nothing, and ignores key order and empty values", () => {
    expect(sameListing({ ...live, needs: ["autism", "hearing"] }, { ...live, needs: ["hearing", "autism"] })).toBe(
      true,
    );
    expect(sameListing({ ...live, needs: ["autism"] }, { ...live, needs: ["hearing"] })).toBe(false);
    expect(canonicalJson({ b: 1, a: { d: null, c: [2, 1] } })).toBe(canonicalJson({ a: { c: [2, 1] }, b: 1 }));
    expect(canonicalJson({ c: [1, 2] })).not.toBe(canonicalJson({ c: [2, 1] }));
  });
});
