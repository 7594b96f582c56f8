import { describe, expect, it } from "vitest";
import { diffProfiles } from "./diff";

describe("diffProfiles", () => {
  it("marks only the fields that differ, and names the type in words", () => {
    const live = { name: "Seabourne Swimmers", kind: "community", website: null, phone: "01632 960 111" };
    const rows = diffProfiles(live, { name: "Seabourne Swimmers", kind: "charity", phone: "01632 960 111" });
    expect(rows.filter((r) => r.changed)).toEqual([
      { field: "kind", label: "Type of organisation", before: "Community group", after: "Charity", changed: true },
    ]);
  });

  it("an emptied field is a change to nothing", () => {
    const rows = diffProfiles({ name: "A", kind: "nhs", email: "a@example.org" }, { name: "A", kind: "nhs" });
    expect(rows.find((r) => r.field === "email")).toMatchObject({ before: "a@example.org", after: "", changed: true });
  });
});
