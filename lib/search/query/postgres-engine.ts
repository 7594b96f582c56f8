// The PostgreSQL engine: weighted full-text search over SearchDocument, with unaccent, pg_trgm
// spelling correction and the same thesaurus reading as Meilisearch (see understand.ts).
// Always available, because it lives in the database the site cannot run without.
import "server-only";
import { countSearchDocuments, queryPostgresIndex } from "@/lib/search/postgres/data";
import type { SearchDocument } from "@/lib/search/document";
import type { EngineHealth, EngineQuery, EngineResult, SearchEngine } from "./engine";
import { deleteSearchDocuments, writeSearchDocuments } from "@/lib/search/postgres/mutations";

export class PostgresEngine implements SearchEngine {
  readonly name = "postgres" as const;

  upsert(documents: SearchDocument[]): Promise<void> {
    return writeSearchDocuments(documents);
  }

  remove(ids: string[]): Promise<void> {
    return deleteSearchDocuments(ids);
  }

  query(query: EngineQuery): Promise<EngineResult> {
    return queryPostgresIndex(query);
  }

  async health(): Promise<EngineHealth> {
    try {
      return { status: "ok", documents: await countSearchDocuments() };
    } catch (error) {
      return { status: "down", error: (error as Error).message };
    }
  }
}
