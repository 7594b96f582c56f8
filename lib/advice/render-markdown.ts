// Advice pages are written in Markdown by officers and shown to families: rendered with markdown-it,
// raw HTML off (a typed <script> is shown as text), images off (no tracking pixels or off-site
// pictures without alt text), links only http(s), mailto, tel or on this site, and every heading given
// an id so a page can link to its own steps. Pure: unit-tested.
import MarkdownIt from "markdown-it";
import { GLOSSARY_HINT_ID, glossaryHref, type TextPiece } from "@/lib/glossary/link-terms";

const SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);

/** True for a link a family's browser may follow: http(s), mailto, tel, or a path/anchor on this site. */
export function isAllowedLink(href: string): boolean {
  const url = href.trim();
  // Percent-encoded by markdown-it already; refuse anything still holding control characters.
  if (/\p{Cc}/u.test(url)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase();
  if (scheme) return SCHEMES.has(scheme);
  // "//host" leaves the site without saying how: write https:// instead.
  if (url.startsWith("//")) return false;
  // No scheme before the first "/", "?" or "#": a relative address (an encoded ":" stays harmless).
  return !/^[^/?#]*:/.test(url);
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
md.disable("image");
md.validateLink = isAllowedLink;

/** "Ask for an assessment (step 1)" → "ask-for-an-assessment-step-1". */
export function headingId(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "section"
  );
}

md.core.ruler.push("heading_ids", (state) => {
  const used = new Map<string, number>();
  const tokens = state.tokens;
  tokens.forEach((token, i) => {
    if (token.type !== "heading_open") return;
    const base = headingId(tokens[i + 1]?.content ?? "");
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    token.attrSet("id", n === 1 ? base : `${base}-${n}`);
  });
});

// Jargon links (lib/glossary/link-terms.ts): each text token outside headings and links is split into
// text and link tokens, so the renderer escapes every word as usual and no HTML is built from text.
md.core.ruler.push("jargon_links", (state) => {
  const linkJargon = (state.env as RenderOptions).linkJargon;
  if (!linkJargon) return;
  let inHeading = false;
  for (const block of state.tokens) {
    if (block.type === "heading_open") inHeading = true;
    if (block.type === "heading_close") inHeading = false;
    if (block.type !== "inline" || inHeading || !block.children) continue;
    let inLink = 0;
    block.children = block.children.flatMap((token) => {
      if (token.type === "link_open") inLink++;
      if (token.type === "link_close") inLink--;
      if (token.type !== "text" || inLink > 0) return [token];
      return linkJargon(token.content)
        .map((piece) => {
          const text = new state.Token("text", "", 0);
          text.content = piece.text;
          if (!piece.glossaryId) return [text];
          const open = new state.Token("link_open", "a", 1);
          open.attrSet("href", glossaryHref(piece.glossaryId));
          open.attrSet("aria-describedby", GLOSSARY_HINT_ID);
          return [open, text, new state.Token("link_close", "a", -1)];
        })
        .flat();
    });
  }
});

type RenderOptions = { linkJargon?: (text: string) => TextPiece[] };

/**
 * The page's Markdown as safe HTML (no raw HTML, only allowed links). With `linkJargon` (one page's
 * linker), the first use of each jargon term outside headings and links becomes a jargon buster link.
 */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  return md.render(markdown, { ...options });
}
