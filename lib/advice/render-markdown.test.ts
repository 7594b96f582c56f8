import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  it("renders headings with ids, lists and links", () => {
    const html = renderMarkdown("## Ask for an assessment\n\n- one\n- two\n\n[SENDIASS](https://example.org/iass)");
    expect(html).toContain('<h2 id="ask-for-an-assessment">Ask for an assessment</h2>');
    expect(html).toContain("<li>one</li>");
    expect(html).toContain('<a href="https://example.org/iass">SENDIASS</a>');
  });

  it("gives repeated headings different ids", () => {
    const html = renderMarkdown("## Next\n\ntext\n\n## Next");
    expect(html).toContain('id="next"');
    expect(html).toContain('id="next-2"');
  });

  it("keeps raw HTML and scripts inert (shown as text)", () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\nHi <b>there</b>');
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("drops javascript:, data: and vbscript: links but keeps their text", () => {
    for (const href of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,hi",
      "vbscript:x",
      "java\tscript:x",
    ]) {
      const html = renderMarkdown(`[click](${href}) and <${href}>`);
      expect(html, href).not.toMatch(/href="(?!#)[^"]*script|href="data:/i);
      expect(html, href).toContain("click");
    }
    // Shown as the text typed, never as a link or image.
    expect(renderMarkdown("![x](javascript:alert(1))")).not.toMatch(/href=|<img/);
  });

  it("keeps http(s), mailto, tel and relative links", () => {
    const html = renderMarkdown(
      "[a](https://x.org) [b](http://x.org) [c](mailto:send@seabourne.gov.uk) [d](tel:+441632960000) [e](/services?q=tribunal) [f](#step-2)",
    );
    for (const href of [
      "https://x.org",
      "http://x.org",
      "mailto:send@seabourne.gov.uk",
      "tel:+441632960000",
      "/services?q=tribunal",
      "#step-2",
    ])
      expect(html).toContain(`href="${href}"`);
  });

  it("does not load images from elsewhere", () => {
    expect(renderMarkdown("![chart](https://tracker.example/p.gif)")).not.toContain("<img");
  });
});
