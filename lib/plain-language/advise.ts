import "server-only";
import { loadThesaurus } from "@/lib/thesaurus/store";
import { BUILT_IN_JARGON, checkPlainLanguage, jargonFromThesaurus, type LanguageAdvice } from "./check";
import { checkEasyRead, type EasyReadAdvice } from "./easy-read";

/** easyRead is null when the listing has no easy-read summary (there is nothing to advise on). */
export type ListingAdvice = { summary: LanguageAdvice; description: LanguageAdvice; easyRead?: EasyReadAdvice | null };

/**
 * Advice for the fields families read first, and the easy-read summary when there is one, with
 * abbreviations from the search thesaurus.
 */
export async function adviseOnListing(summary: string, description: string, easyRead = ""): Promise<ListingAdvice> {
  const { entries } = await loadThesaurus();
  const rules = [...BUILT_IN_JARGON, ...jargonFromThesaurus(entries)];
  return {
    summary: checkPlainLanguage(summary, rules),
    description: checkPlainLanguage(description, rules),
    easyRead: easyRead.trim() ? checkEasyRead(easyRead, rules) : null,
  };
}
