import { describe, expect, it } from "vitest";
import { auditEntityLink } from "./entity-link";

const id = "0b9f7c6e-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

describe("auditEntityLink", () => {
  it("links each kind of subject to its staff page, named as the entry recorded it", () => {
    expect(auditEntityLink("service", id, { name: "Riverside club" })).toEqual({
      label: "Listing Riverside club",
      href: `/admin/listings/${id}`,
    });
    expect(auditEntityLink("advice_page", id, { title: "Short breaks" })).toEqual({
      label: "Advice page Short breaks",
      href: `/admin/advice/${id}`,
    });
    expect(auditEntityLink("event", id, null).href).toBe(`/admin/events/${id}`);
    expect(auditEntityLink("feedback", id, null).href).toBe(`/admin/feedback/${id}`);
    expect(auditEntityLink("thesaurus_entry", id, { term: "autism" }).label).toBe("Thesaurus entry autism");
  });

  it("names subjects with no page, and never links an id that is not one", () => {
    expect(auditEntityLink("user", id, null)).toEqual({ label: `User ${id}` });
    expect(auditEntityLink("service", "javascript:alert(1)", null)).toEqual({
      label: "Listing javascript:alert(1)",
    });
    expect(auditEntityLink("something_new", id, null)).toEqual({ label: `something new ${id}` });
  });
});
