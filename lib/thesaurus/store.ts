// The thesaurus as search uses it: read from ThesaurusEntry (officers may edit it), cached for a
// minute, with the built-in seed list when the table is empty or unreachable.
import "server-only";
import { ttlCache } from "@/lib/platform/ttl-cache";
import { findThesaurusEntries } from "./data";
import { THESAURUS_SEED, type ThesaurusEntry } from "./seed";
import { thesaurusPhrases, type Phrase } from "@/lib/search/query/understand";

const thesaurus = ttlCache("thesaurus", 60_000, async (): Promise<{ entries: ThesaurusEntry[]; phrases: Phrase[] }> => {
  let entries: ThesaurusEntry[] = [];
  try {
    entries = await findThesaurusEntries();
  } catch (error) {
    console.warn("Search: could not read the thesaurus, using the built-in list", error);
  }
  if (!entries.length) entries = THESAURUS_SEED;
  return { entries, phrases: thesaurusPhrases(entries) };
});

export const loadThesaurus = () => thesaurus.get();
export const forgetThesaurus = () => thesaurus.forget();
