import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HELPFUL_PAGES, NO_HELPFUL_WIDGET, publicPagePath, serviceSlugOf, showsHelpfulWidget } from "./page-path";

describe("the page a helpful answer is about", () => {
  it("keeps the path only, and only of a public page", () => {
    expect(publicPagePath("/")).toBe("/");
    expect(publicPagePath("/services?q=autism&need=adhd#results")).toBe("/services");
    expect(publicPagePath("/services/saturday-club?utm_source=x")).toBe("/services/saturday-club");
    expect(publicPagePath("/privacy/")).toBe("/privacy");
    expect(publicPagePath("/you-said-we-did/2027")).toBe("/you-said-we-did/2027");
    for (const bad of [
      "",
      null,
      "services",
      "/admin",
      "/admin/feedback",
      "/api/oruk/services",
      "/add-your-service",
      "/feedback",
      "/services/x/suggest-a-change",
      "/services/UPPER",
      "/services/a/b",
      "//evil.example/services",
      "https://evil.example/",
      "/services/<script>",
      "/%2e%2e/admin",
      `/services/${"a".repeat(300)}`,
    ])
      expect(publicPagePath(bad), String(bad)).toBeNull();
  });

  it("finds a service page's slug", () => {
    expect(serviceSlugOf("/services/saturday-club")).toBe("saturday-club");
    expect(serviceSlugOf("/services")).toBeNull();
  });

  it("shows the widget on public pages, not on the feedback forms or Suggest a change", () => {
    expect(showsHelpfulWidget("/")).toBe(true);
    expect(showsHelpfulWidget("/services/saturday-club")).toBe(true);
    expect(showsHelpfulWidget("/feedback")).toBe(false);
    expect(showsHelpfulWidget("/feedback/helpful/thank-you")).toBe(false);
    expect(showsHelpfulWidget("/services/saturday-club/suggest-a-change")).toBe(false);
    expect(showsHelpfulWidget("/admin")).toBe(false);
  });

  it("knows every page under app/(public): it carries the widget or is left out on purpose", () => {
    const root = path.join(import.meta.dirname, "../../app/(public)");
    const pages = (readdirSync(root, { recursive: true }) as string[])
      .filter((f) => /(^|\/)page\.tsx$/.test(f))
      .map((f) => {
        const dir = path.dirname(f) === "." ? "" : path.dirname(f);
        // A route group "(x)" adds nothing to the address; "[slug]" or "[year]" stands for one segment.
        const segments = dir.split("/").filter((s) => s && !/^\(.*\)$/.test(s));
        const sample = (s: string) => ({ "[year]": "2027", "[id]": "0b4f6c00-0000-4000-8000-000000000000" })[s];
        return `/${segments.map((s) => (s.startsWith("[") ? (sample(s) ?? "a-slug") : s)).join("/")}`;
      });
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const known = HELPFUL_PAGES.some((p) => p.test(page)) || NO_HELPFUL_WIDGET.some((p) => p.test(page));
      expect(known, `${page}: add it to HELPFUL_PAGES or NO_HELPFUL_WIDGET in lib/feedback/page-path.ts`).toBe(true);
    }
  });
});
