import { describe, expect, it } from "vitest";
import { canDecideRevision, isAdmin, isStaff, listingScope, type SignedInUser } from "./roles";

const user = (role: SignedInUser["role"], organisationId: string | null = null): SignedInUser => ({
  id: `${role}-id`,
  email: `${role}@x.gov.uk`,
  name: null,
  role,
  organisationId,
});

describe("roles", () => {
  it("scopes listings: staff all, providers their organisation, nobody else anything", () => {
    expect(listingScope(user("admin"))).toEqual({});
    expect(listingScope(user("editor"))).toEqual({});
    expect(listingScope(user("provider", "org-1"))).toEqual({ organisationId: "org-1" });
    expect(listingScope(user("provider", null)).organisationId).toMatch(/^0{8}-/);
    expect(listingScope(null).organisationId).toMatch(/^0{8}-/);
  });

  it("never lets anyone approve their own change, and providers never approve", () => {
    expect(canDecideRevision(user("editor"), "someone-else")).toBe(true);
    expect(canDecideRevision(user("editor"), "editor-id")).toBe(false);
    expect(canDecideRevision(user("provider", "org-1"), "someone-else")).toBe(false);
    expect(canDecideRevision(null, "someone-else")).toBe(false);
  });

  it("knows staff from admins", () => {
    expect([
      isStaff(user("editor")),
      isAdmin(user("editor")),
      isStaff(user("provider", "o")),
      isAdmin(user("admin")),
    ]).toEqual([true, false, false, true]);
  });
});
