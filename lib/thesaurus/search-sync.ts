// After a thesaurus change: search's in-process copy is dropped and Meilisearch gets the new
// synonyms now. If Meilisearch is down the change is still saved; the indexer re-applies the
// settings (it compares them) the next time the site starts.
import "server-only";
import { meilisearchEngine } from "@/lib/search/query/engines";
import { forgetThesaurus, loadThesaurus } from "./store";

export async function pushThesaurusToSearch(): Promise<boolean> {
  await forgetThesaurus();
  const engine = meilisearchEngine();
  if (!engine) return true;
  try {
    await engine.configure((await loadThesaurus()).entries);
    return true;
  } catch (error) {
    console.warn("Thesaurus saved, but Meilisearch could not take the new synonyms yet:", error);
    return false;
  }
}
