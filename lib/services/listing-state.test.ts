import { describe, expect, it } from "vitest";
import { listingState } from "./listing-state";

const today = new Date("2026-11-23T12:00:00Z");
const live = {
  archivedAt: null,
  publishedAt: new Date("2026-01-01"),
  status: "active",
  reviewDueAt: new Date("2027-01-01"),
  pendingRevisions: 0,
};

describe("listingState", () => {
  it("orders the states from most to least pressing", () => {
    expect(listingState(live, today)).toBe("live");
    expect(listingState({ ...live, reviewDueAt: new Date("2026-11-01") }, today)).toBe("overdue");
    expect(listingState({ ...live, reviewDueAt: null }, today)).toBe("overdue");
    expect(listingState({ ...live, status: "temporarily_closed" }, today)).toBe("closed");
    expect(listingState({ ...live, pendingRevisions: 1 }, today)).toBe("pending");
    expect(listingState({ ...live, publishedAt: null }, today)).toBe("unpublished");
    expect(listingState({ ...live, archivedAt: new Date() }, today)).toBe("archived");
  });
});
