import { describe, expect, it } from "vitest";
import { safeNextPath } from "./redirect-target";

const ORIGIN = "https://localoffer.seabourne.gov.uk";

describe("safeNextPath", () => {
  it("follows paths on this site", () => {
    expect(safeNextPath("/admin/listings", ORIGIN)).toBe("/admin/listings");
    expect(safeNextPath("/admin/review?approved=1#top", ORIGIN)).toBe("/admin/review?approved=1#top");
    expect(safeNextPath(`${ORIGIN}/admin/users`, ORIGIN)).toBe("/admin/users");
  });

  it("never leads to another site, however the address is disguised", () => {
    for (const next of [
      "//evil.example",
      "/\\evil.example",
      "\\/evil.example",
      "/%5Cevil.example",
      "/%2F%2Fevil.example",
      "/%2F/evil.example",
      "https://evil.example",
      "http:evil.example",
      "https:/evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "\t//evil.example",
      " //evil.example",
      "/ /evil.example",
      "javascript:alert(1)",
      "evil.example",
      `${ORIGIN}.evil.example/admin`,
      `${ORIGIN}//evil.example`,
      "",
      undefined,
      null,
      ["/admin"],
    ])
      expect(safeNextPath(next, ORIGIN), JSON.stringify(next)).toBe("/admin");
  });
});
