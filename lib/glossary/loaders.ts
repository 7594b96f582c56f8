// The jargon buster read from the thesaurus (lib/thesaurus/store.ts: cached for a minute, the seed
// list when the table is empty), and a linker for the jargon on one page. Public: no sign-in.
import "server-only";
import { cache } from "react";
import { loadThesaurus } from "@/lib/thesaurus/store";
import type { ThesaurusEntry } from "@/lib/thesaurus/seed";
import { buildGlossary, groupGlossary, type GlossaryEntry } from "./entries";
import { buildTermMatcher, createPageLinker, type TermMatcher } from "./link-terms";

// Built once per thesaurus version (the store hands back the same list until it reloads).
const built = new WeakMap<readonly ThesaurusEntry[], { entries: GlossaryEntry[]; matcher: TermMatcher }>();

async function glossary() {
  const { entries: thesaurus } = await loadThesaurus();
  let result = built.get(thesaurus);
  if (!result) {
    const entries = buildGlossary(thesaurus);
    result = { entries, matcher: buildTermMatcher(entries) };
    built.set(thesaurus, result);
  }
  return result;
}

/** Every letter A–Z with its entries, for /glossary. */
export const loadGlossary = cache(async () => groupGlossary((await glossary()).entries));

/** A fresh linker for one page: each term links at its first use across everything passed to it. */
export async function loadJargonLinker() {
  return createPageLinker((await glossary()).matcher);
}
