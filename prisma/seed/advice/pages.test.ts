// Every seeded advice page is checked with the same plain-language checker officers see, and its
// reading age is printed so it shows in the test output (issue 13 asks for it there).
import { describe, expect, it } from "vitest";
import { checkPlainLanguage, LONG_SENTENCE_WORDS } from "@/lib/plain-language/check";
import { CATEGORY_TERMS } from "@/lib/taxonomy/vocabulary";
import { CONTACT_HEADING } from "./contact";
import { ADVICE_SEED, type AdviceSeed } from "./pages";

const MAX_READING_AGE = 11;
const MAX_EASY_READ_AGE = 9;
const categoryCodes = new Set(CATEGORY_TERMS.map((t) => t.code));

/** What a reader sees: link text without its address, no heading or bold marks. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
    .replace(/^#+\s*/gm, "")
    .replace(/\*\*/g, "")
    .replace(/^\d+\.\s+/gm, "- ");
}

function advice(page: AdviceSeed) {
  const body = checkPlainLanguage(plainText(`${page.summary}\n\n${page.body}`));
  const easy = page.easyRead ? checkPlainLanguage(plainText(page.easyRead)) : null;
  return { body, easy };
}

describe("advice seed pages", () => {
  it("prints each page's reading age", () => {
    const rows = ADVICE_SEED.map((page) => {
      const { body, easy } = advice(page);
      return {
        slug: page.slug,
        audience: page.audience,
        words: body.words,
        "reading age": body.readingAge,
        "easy read age": easy?.readingAge ?? "-",
      };
    });
    console.table(rows);
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each(ADVICE_SEED.map((p) => [p.slug, p] as const))("%s is plain English", (_slug, page) => {
    const { body, easy } = advice(page);
    expect(body.readingAge, "reading age of the summary and body").not.toBeNull();
    expect(body.readingAge!).toBeLessThanOrEqual(MAX_READING_AGE);
    expect(body.longSentences, `sentences over ${LONG_SENTENCE_WORDS} words`).toEqual([]);
    if (easy) {
      expect(easy.readingAge!).toBeLessThanOrEqual(MAX_EASY_READ_AGE);
      expect(easy.longSentences).toEqual([]);
    }
  });

  it.each(ADVICE_SEED.map((p) => [p.slug, p] as const))("%s has honest metadata", (_slug, page) => {
    expect(page.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(page.title.length).toBeLessThanOrEqual(120);
    expect(page.summary.length).toBeLessThanOrEqual(300);
    expect(page.body).not.toMatch(/<[a-z!/]/i);
    expect(page.categories.length).toBeGreaterThan(0);
    for (const code of page.categories) expect(categoryCodes, code).toContain(code);
    expect(page.schedule2.length).toBeGreaterThan(0);
    for (const n of page.schedule2) expect(Number.isInteger(n) && n >= 1 && n <= 18, String(n)).toBe(true);
  });

  it("parents' pages end with who to contact", () => {
    for (const page of ADVICE_SEED.filter((p) => p.audience === "parents")) {
      const last = page.body.lastIndexOf("\n## ");
      expect(page.body.slice(last + 1), page.slug).toMatch(new RegExp(`^${CONTACT_HEADING}\\n`));
      expect(page.body, page.slug).toContain("01632 960 000");
      expect(page.body, page.slug).toContain("Seabourne SENDIASS");
      expect(page.body, page.slug).toContain("Seabourne Parent Carer Forum");
    }
  });

  it("slugs are unique", () => {
    const slugs = ADVICE_SEED.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("links between pages point at seeded pages", () => {
    const slugs = new Set(ADVICE_SEED.map((p) => p.slug));
    for (const page of ADVICE_SEED)
      for (const [, slug] of `${page.body}\n${page.easyRead ?? ""}`.matchAll(/\]\(\/advice\/([a-z0-9-]+)/g))
        expect(slugs, `${page.slug} links to ${slug}`).toContain(slug);
  });
});

describe("advice seed facts", () => {
  const page = (slug: string) => {
    const found = ADVICE_SEED.find((p) => p.slug === slug);
    if (!found) throw new Error(`no seeded page ${slug}`);
    return found;
  };

  it("the EHC needs assessment page gives the 6, 16 and 20 week timescales", () => {
    const { body } = page("asking-for-an-ehc-needs-assessment");
    expect(body).toMatch(/within 6 weeks/);
    expect(body).toMatch(/within 16 weeks/);
    expect(body).toMatch(/no more than 20 weeks/);
    expect(body).toMatch(/15 days/);
  });

  it("the tribunal page explains the mediation certificate and the time limits", () => {
    const { body } = page("complaints-mediation-and-tribunal");
    expect(body).toMatch(/mediation certificate/);
    expect(body).toMatch(/within 2 months of the date on the council's decision letter/);
    expect(body).toMatch(/1 month from the date on your mediation certificate/);
    expect(body).toMatch(/whichever is later/);
    expect(body).toMatch(/only about the school or college in part I/);
  });

  it("the EHC plan page gives the review timescales", () => {
    const { body } = page("ehc-plans-and-annual-reviews");
    expect(body).toMatch(/at least once every 12 months/);
    expect(body).toMatch(/every 3 to 6 months/);
    expect(body).toMatch(/From year 9/);
  });

  it("preparing for adulthood covers 14, 16, 18 and 25", () => {
    const { body } = page("preparing-for-adulthood");
    for (const heading of ["## At 14", "## At 16", "## At 18", "## Up to 25"]) expect(body).toContain(heading);
  });

  it("families' search words are in the text", () => {
    const all = ADVICE_SEED.map((p) => `${p.title} ${p.summary} ${p.body}`).join("\n");
    for (const word of ["complaint", "tribunal", "EHCP", "EHC plan", "transport to college", "short breaks"])
      expect(all.toLowerCase(), word).toContain(word.toLowerCase());
  });

  it("every young people's page is written to them and has an easy-read version", () => {
    const pages = ADVICE_SEED.filter((p) => p.audience === "young_people");
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const p of pages) {
      expect(p.easyRead, p.slug).toBeTruthy();
      expect(p.body, p.slug).toMatch(/\byou\b/i);
      expect(p.body, p.slug).not.toMatch(/\byour child\b/i);
    }
  });
});
