import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";
import { buildGlossary } from "@/lib/glossary/entries";
import { buildTermMatcher, createPageLinker } from "@/lib/glossary/link-terms";
import { THESAURUS_SEED } from "@/lib/thesaurus/seed";

const jargon = () => createPageLinker(buildTermMatcher(buildGlossary(THESAURUS_SEED)));

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

  it("links the first use of each jargon term, not in headings or links, nothing without a linker", () => {
    const markdown = [
      "## What an EHCP is",
      "Ask the [SENCO](https://example.org/senco) first.",
      "Your *EHCP* says what help you get. The SENCO and the EHCP again.",
    ].join("\n\n");
    const html = renderMarkdown(markdown, { linkJargon: jargon() });
    expect(html).toContain('<h2 id="what-an-ehcp-is">What an EHCP is</h2>');
    expect(html).toContain('<a href="https://example.org/senco">SENCO</a>');
    const links = html.match(/<a href="\/glossary#[^"]*" aria-describedby="jargon-link-hint">[^<]*<\/a>/g);
    expect(links).toEqual([
      '<a href="/glossary#ehcp" aria-describedby="jargon-link-hint">EHCP</a>',
      '<a href="/glossary#senco" aria-describedby="jargon-link-hint">SENCO</a>',
    ]);
    expect(html).toContain('<em><a href="/glossary#ehcp"');
    expect(renderMarkdown(markdown)).not.toContain("/glossary");
  });

  it("keeps typed HTML inert when jargon is linked", () => {
    const html = renderMarkdown('<b onclick="x">ASD</b> and <script>ADHD</script>', { linkJargon: jargon() });
    expect(html).not.toMatch(/<script|<b /i);
    expect(html).toContain('&lt;b onclick=&quot;x&quot;&gt;<a href="/glossary#autism"');
    expect(html).toContain('&lt;script&gt;<a href="/glossary#adhd"');
  });
});
