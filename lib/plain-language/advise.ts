import "server-only";
import { loadThesaurus } from "@/lib/thesaurus/store";
import { BUILT_IN_JARGON, checkPlainLanguage, jargonFromThesaurus, type LanguageAdvice } from "./check";

export type ListingAdvice = { summary: LanguageAdvice; description: LanguageAdvice };

/** Advice for the two fields families read first, with abbreviations from the search thesaurus. */
export async function adviseOnListing(summary: string, description: string): Promise<ListingAdvice> {
  const { entries } = await loadThesaurus();
  const rules = [...BUILT_IN_JARGON, ...jargonFromThesaurus(entries)];
  return { summary: checkPlainLanguage(summary, rules), description: checkPlainLanguage(description, rules) };
}
