// The thesaurus as search uses it: read from ThesaurusEntry (officers may edit it), cached for a
// minute, with the built-in seed list when the table is empty or unreachable.
import "server-only";
import { announcePageChange } from "@/lib/platform/page-cache/mutations";
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
/** After a thesaurus change: this server's copy at once, every other server's when it hears. */
export async function forgetThesaurus(): Promise<void> {
  thesaurus.forget();
  await announcePageChange(undefined, "vocabulary");
}
