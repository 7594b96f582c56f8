// The thesaurus as search uses it: read from ThesaurusEntry (officers may edit it), cached for a
// minute, with the built-in seed list when the table is empty or unreachable.
import "server-only";
import { findThesaurusEntries } from "./data";
import { THESAURUS_SEED, type ThesaurusEntry } from "./thesaurus";
import { thesaurusPhrases, type Phrase } from "./understand";

const TTL_MS = 60_000;
type Loaded = { entries: ThesaurusEntry[]; phrases: Phrase[]; at: number };
const cache: { loaded?: Loaded } = ((globalThis as { __thesaurus?: { loaded?: Loaded } }).__thesaurus ??= {});

export async function loadThesaurus(): Promise<Omit<Loaded, "at">> {
  if (cache.loaded && Date.now() - cache.loaded.at < TTL_MS) return cache.loaded;
  let entries: ThesaurusEntry[] = [];
  try {
    entries = await findThesaurusEntries();
  } catch (error) {
    console.warn("Search: could not read the thesaurus, using the built-in list", error);
  }
  if (!entries.length) entries = THESAURUS_SEED;
  cache.loaded = { entries, phrases: thesaurusPhrases(entries), at: Date.now() };
  return cache.loaded;
}

export function forgetThesaurus(): void {
  cache.loaded = undefined;
}
