// What a production server (`npm run serve`) does about the search indexes when it starts, instead of
// `npm start`'s rebuild on every start: Meilisearch's settings applied (sent only when they differ),
// then a full rebuild only when an engine does not hold one document per searchable listing — a new,
// empty index, or one out of step after a restore or an outage. The rebuild is reindexAll, the one
// place that keeps two servers from rebuilding at once (ADR 0021).
import "server-only";
import { NEWEST_DOCUMENT_FIELD } from "@/lib/search/document";
import { countSearchDocuments } from "@/lib/search/postgres/data";
import { meilisearchEngine, postgresEngine } from "@/lib/search/query/engines";
import { loadThesaurus } from "@/lib/thesaurus/store";
import { countIndexableServices } from "./data";
import { reindexAll } from "./indexer";

export type IndexCheck = "in step" | "rebuilt" | "skipped";

export async function ensureSearchIndex(log: (m: string) => void = console.log): Promise<IndexCheck> {
  const expected = await countIndexableServices();
  const counts: [string, number][] = [["PostgreSQL", await countSearchDocuments()]];
  const meili = meilisearchEngine();
  let meiliUsable = false;
  let older = false;
  if (meili) {
    try {
      await meili.configure((await loadThesaurus()).entries);
      const health = await meili.health();
      if (health.status === "ok") {
        counts.push(["Meilisearch", health.documents ?? 0]);
        meiliUsable = true;
        // Listings written by an older version lack a newer searchable field: they must be written again.
        older = await meili.holdsOlderDocuments(NEWEST_DOCUMENT_FIELD);
      }
    } catch (error) {
      log(`Search: could not set up Meilisearch (${(error as Error).message}); PostgreSQL will answer searches.`);
    }
  }
  const behind = counts.filter(([, n]) => n !== expected);
  if (!behind.length && !older) return "in step";
  log(
    behind.length
      ? `Search: ${behind.map(([engine, n]) => `${engine} holds ${n}`).join(", ")} of ${expected} listings; rebuilding.`
      : "Search: this version searches listings in a new way, so Meilisearch's copy of them is being rebuilt.",
  );
  const engines = meiliUsable ? undefined : [postgresEngine()];
  try {
    const { indexed, skipped } = await reindexAll({ engines });
    if (skipped) return "skipped";
    log(`Search index rebuilt: ${indexed} listings.`);
  } catch (error) {
    log(`Search: could not rebuild Meilisearch (${(error as Error).message}); PostgreSQL will answer searches.`);
    if ((await reindexAll({ engines: [postgresEngine()] })).skipped) return "skipped";
  }
  return "rebuilt";
}
