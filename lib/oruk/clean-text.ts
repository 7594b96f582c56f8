// Turns the HTML that other directories put in their text fields into the plain text (with
// markdown-style paragraphs and bullets) our pages show. sanitize-html does the parsing, so
// scripts, styles and attributes never survive; html-entities decodes what is left.
import { decode } from "html-entities";
import sanitizeHtml from "sanitize-html";

const KEEP = ["p", "br", "div", "ul", "ol", "li", "a", "h1", "h2", "h3", "h4", "h5", "h6"];

export function htmlToText(html: string | null | undefined): string {
  if (!html) return "";
  const safe = sanitizeHtml(html, {
    allowedTags: KEEP,
    allowedAttributes: { a: ["href"] },
    allowedSchemes: ["http", "https", "mailto", "tel"],
  });
  const text = numberOrderedItems(safe)
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<li[^>]*>/gi, "\n- ")
    .replace(/<\/(p|div|ul|ol|h\d)>/gi, "\n\n")
    .replace(/<a href="([^"]*)">([\s\S]*?)<\/a>/gi, (_, href: string, label: string) => linkText(decode(href), label))
    .replace(/<[^>]+>/g, "");
  return tidyWhitespace(decode(text, { level: "html5" }));
}

// Items of a numbered list become "1. ", "2. "… lines, which the listing page shows as a numbered
// list again (lib/services/text-shape.ts); other items become "- " lines below.
function numberOrderedItems(html: string): string {
  return html.replace(/<ol[^>]*>([\s\S]*?)<\/ol>/gi, (_, items: string) => {
    let n = 0;
    return `${items.replace(/<li[^>]*>/gi, () => `\n${++n}. `)}\n\n`;
  });
}

// A link keeps its address when the words alone would lose it ("click here").
function linkText(href: string, label: string): string {
  const words = label.replace(/<[^>]+>/g, "").trim();
  if (!href || words === href || decode(words) === href) return words || href;
  if (href.startsWith("mailto:") || href.startsWith("tel:")) return words;
  return words ? `${words} (${href})` : href;
}

export function tidyWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\t\f\v ]+/g, " ")
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, "")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** One line of plain text: for names and short fields that must not hold paragraphs. */
export function htmlToLine(html: string | null | undefined): string {
  return htmlToText(html).replace(/\s+/g, " ").trim();
}

/** Cuts text to at most `max` characters at a word boundary, ending with an ellipsis when cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atSpace = cut.lastIndexOf(" ");
  return `${(atSpace > max * 0.6 ? cut.slice(0, atSpace) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}

/** The first sentence or sentences of the first paragraph, up to `max` characters: a plain summary. */
export function firstSentences(text: string, max = 300): string {
  const paragraph = text.split(/\n\n/).find((p) => p.trim() && !/^(- |\d+\. )/.test(p)) ?? text;
  const flat = paragraph.replace(/\s+/g, " ").trim();
  const sentences = flat.split(/(?<=[.!?])\s+(?=[A-Z0-9"“'‘(])/);
  let summary = "";
  for (const s of sentences) {
    const next = summary ? `${summary} ${s}` : s;
    if (next.length > max) break;
    summary = next;
  }
  return summary || truncateText(flat, max);
}

// Control characters (but tab and newline) and lone surrogates, half an emoji cut in two: PostgreSQL
// refuses a NUL in text and JSON ("invalid byte sequence", "unsupported Unicode escape sequence"),
// and none of them is anything a person wrote.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as a database can store it: carriage returns become newlines, other control characters go. */
export function cleanChars(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROL, "").replace(LONE_SURROGATE, "");
}

const MAX_DEPTH = 12;

/**
 * A whole feed record with every string (keys too) cleaned, non-finite numbers as null and nesting
 * deeper than any real record cut off: what the importer maps and what the audit entry keeps.
 */
export function cleanFeedValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return cleanChars(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value === null || typeof value !== "object") return typeof value === "boolean" ? value : null;
  if (depth >= MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.map((v) => cleanFeedValue(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [cleanChars(k), cleanFeedValue(v, depth + 1)] as const),
  );
}
