// What a production server (`npm run serve`) does about the search indexes when it starts, instead of
// `npm start`'s rebuild on every start: Meilisearch's settings applied (sent only when they differ),
// then a full rebuild only when an engine does not hold one document per searchable listing — a new,
// empty index, or one out of step after a restore or an outage. The rebuild is reindexAll, the one
// place that keeps two servers from rebuilding at once (ADR 0021).
import "server-only";
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
  let reshaped = false;
  if (meili) {
    try {
      // New settings for an existing index (a new searchable field): its documents are of the old shape.
      reshaped = await meili.configure((await loadThesaurus()).entries);
      const health = await meili.health();
      if (health.status === "ok") {
        counts.push(["Meilisearch", health.documents ?? 0]);
        meiliUsable = true;
      }
    } catch (error) {
      log(`Search: could not set up Meilisearch (${(error as Error).message}); PostgreSQL will answer searches.`);
    }
  }
  const behind = counts.filter(([, n]) => n !== expected);
  if (!behind.length && !(reshaped && meiliUsable)) return "in step";
  log(
    behind.length
      ? `Search: ${behind.map(([engine, n]) => `${engine} holds ${n}`).join(", ")} of ${expected} listings; rebuilding.`
      : "Search: Meilisearch's settings changed with this version, so its listings are being rebuilt to match.",
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
