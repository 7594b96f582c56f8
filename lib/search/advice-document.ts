// Turns an advice page into the document both search engines index for it, the way document.ts does
// for listings: the same thesaurus reading, so "tribunal", "EHCP" or "transport" find the page whichever
// engine answers. Pure and engine-neutral.
import MarkdownIt from "markdown-it";
import type { AdviceAudience } from "@/lib/generated/prisma/enums";
import { distinctWords, isSafeForDocuments } from "@/lib/search/document";
import { applyThesaurus, type Phrase } from "@/lib/search/query/understand";

/** The page as read for indexing (see sync/data.ts). */
export type IndexableAdvicePage = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  audience: AdviceAudience;
  publishedAt: Date | null;
  archivedAt: Date | null;
};

export type AdviceDocument = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  audience: AdviceAudience;
  /**
   * Thesaurus terms the title implies ("EHC plan" → "ehcp"), ranked with the title itself: a search
   * for "ehcp" should put the page about EHC plans above one that only mentions them.
   */
  titleTerms: string[];
  /** Thesaurus terms the summary and body imply. */
  keywords: string[];
  /** The body as plain words, without Markdown. */
  body: string;
};

/** What the "Information and advice" results show, kept in both indexes like a listing's card. */
export const ADVICE_CARD_FIELDS = ["id", "slug", "title", "summary", "audience"] as const;
export type AdviceCardView = Pick<AdviceDocument, (typeof ADVICE_CARD_FIELDS)[number]>;

const markdown = new MarkdownIt({ html: false });

/** The words of a Markdown text, one block per line: link text kept, addresses and markup dropped. */
export function markdownWords(source: string): string {
  const lines: string[] = [];
  for (const token of markdown.parse(source, {})) {
    if (token.type !== "inline") continue;
    const words = (token.children ?? [])
      .map((c) => (c.type === "text" || c.type === "code_inline" ? c.content : c.type === "softbreak" ? " " : ""))
      .join("");
    if (words.trim()) lines.push(words.trim());
  }
  return lines.join("\n");
}

export function toAdviceDocument(page: IndexableAdvicePage, phrases: readonly Phrase[] = []): AdviceDocument | null {
  if (page.publishedAt === null || page.archivedAt !== null) return null;
  const body = markdownWords(page.body);
  const safe = phrases.filter(isSafeForDocuments);
  const titleTerms = applyThesaurus(page.title, safe).found;
  const implied = applyThesaurus(`${page.summary} \n ${body}`, safe).found;
  return {
    id: page.id,
    slug: page.slug,
    title: page.title,
    summary: page.summary,
    audience: page.audience,
    titleTerms,
    keywords: implied.filter((t) => !titleTerms.includes(t)),
    body,
  };
}

export function pickAdviceCard(d: AdviceDocument): AdviceCardView {
  return { id: d.id, slug: d.slug, title: d.title, summary: d.summary, audience: d.audience };
}

/** Every distinct word in the page, for the PostgreSQL engine's misspelling dictionary. */
export function adviceDocumentWords(d: AdviceDocument): string[] {
  return distinctWords([d.title, d.summary, ...d.titleTerms, ...d.keywords, d.body].join(" "));
}
