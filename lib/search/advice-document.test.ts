import { describe, expect, it } from "vitest";
import { THESAURUS_SEED } from "@/lib/thesaurus/seed";
import { thesaurusPhrases } from "@/lib/search/query/understand";
import { markdownWords, toAdviceDocument, type IndexableAdvicePage } from "./advice-document";

const phrases = thesaurusPhrases(THESAURUS_SEED);
const page = (overrides: Partial<IndexableAdvicePage> = {}): IndexableAdvicePage => ({
  id: "00000000-0000-4000-8000-000000000001",
  slug: "plans",
  title: "What an EHC plan contains",
  summary: "What the plan says and how it is reviewed.",
  body: "## The annual review\n\nIf you [disagree](/advice/complaints), you can appeal to the **tribunal**.",
  audience: "parents",
  publishedAt: new Date("2026-01-01"),
  archivedAt: null,
  ...overrides,
});

describe("markdownWords", () => {
  it("keeps the words, link text included, and drops markup and addresses", () => {
    expect(markdownWords("## Step 1\n\nCall [SENDIASS](https://example.org) or **email** `us`.\n\n- one\n- two")).toBe(
      "Step 1\nCall SENDIASS or email us.\none\ntwo",
    );
  });

  it("leaves typed HTML as words, never as markup to index", () => {
    expect(markdownWords("<script>alert(1)</script> hello")).toContain("hello");
  });
});

describe("toAdviceDocument", () => {
  it("reads the thesaurus into the title's and the body's terms, each term once", () => {
    const doc = toAdviceDocument(page(), phrases)!;
    expect(doc.titleTerms).toEqual(["ehcp"]);
    expect(doc.keywords).toContain("tribunal");
    expect(doc.keywords).not.toContain("ehcp");
    expect(doc.body).not.toContain("/advice/complaints");
  });

  it("leaves out pages not published, or withdrawn", () => {
    expect(toAdviceDocument(page({ publishedAt: null }), phrases)).toBeNull();
    expect(toAdviceDocument(page({ archivedAt: new Date() }), phrases)).toBeNull();
  });
});
