// Before the site starts (npm start) or on `npm run search:reindex`: thesaurus entries seeded,
// then every engine rebuilt from PostgreSQL so nothing queued while the site was off is missed.
import "server-only";
import { meilisearchEngine } from "@/lib/search/query/engines";
import { reindexAll, type ReindexProgress } from "./indexer";
import { seedThesaurus } from "@/lib/thesaurus/mutations";
import { THESAURUS_SEED } from "@/lib/thesaurus/seed";
import { forgetThesaurus } from "@/lib/thesaurus/store";

export const SKIPPED_MESSAGE =
  "Search index: another server is already rebuilding it, so this one did not. Nothing is lost: changes made meanwhile reach the index through the outbox.";

export async function prepareSearch(
  options: { onProgress?: ReindexProgress; log?: (m: string) => void } = {},
): Promise<void> {
  const log = options.log ?? console.log;
  const added = await seedThesaurus(THESAURUS_SEED);
  if (added) log(`Added ${added} thesaurus entries.`);
  await forgetThesaurus();
  const meili = meilisearchEngine();
  try {
    const { indexed, skipped } = await reindexAll({ onProgress: options.onProgress });
    if (skipped) log(SKIPPED_MESSAGE);
    else
      log(`Search index rebuilt: ${indexed} listings (${meili ? "Meilisearch and PostgreSQL" : "PostgreSQL only"}).`);
  } catch (error) {
    // Meilisearch trouble must not stop the site: PostgreSQL answers and the worker catches up later.
    log(`Search: could not rebuild Meilisearch (${(error as Error).message}); PostgreSQL will answer searches.`);
    const { postgresEngine } = await import("@/lib/search/query/engines");
    const { skipped } = await reindexAll({ engines: [postgresEngine()], onProgress: options.onProgress });
    if (skipped) log(SKIPPED_MESSAGE);
  }
}
