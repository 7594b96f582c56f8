import { describe, expect, it } from "vitest";
import { safeHref } from "./safe-href";

describe("safeHref", () => {
  it("keeps web, email and phone links as they are", () => {
    for (const url of [
      "https://www.seabourne.gov.uk/send",
      "http://example.org/a?b=c#d",
      "mailto:team@example.org",
      "tel:+441632960111",
    ])
      expect(safeHref(url)).toBe(url);
    expect(safeHref("  https://example.org  ")).toBe("https://example.org");
  });

  it("refuses every other scheme, however it is written", () => {
    for (const url of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "\u0000javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "ftp://example.org",
    ])
      expect(safeHref(url), JSON.stringify(url)).toBeUndefined();
  });

  it("refuses what is not a whole address", () => {
    for (const url of ["", "   ", "www.example.org", "/services", "//evil.example", "https://", null, undefined])
      expect(safeHref(url), JSON.stringify(url)).toBeUndefined();
  });
});
