// The PostgreSQL engine: weighted full-text search over SearchDocument, with unaccent, pg_trgm
// spelling correction and the same thesaurus reading as Meilisearch (see understand.ts).
// Always available, because it lives in the database the site cannot run without.
import "server-only";
import { countSearchDocuments, queryAdviceIndex, queryPostgresIndex } from "@/lib/search/postgres/data";
import type { SearchDocument } from "@/lib/search/document";
import type { AdviceCardView, AdviceDocument } from "@/lib/search/advice-document";
import type { AdviceQuery, EngineHealth, EngineQuery, EngineResult, SearchEngine } from "./engine";
import {
  deleteAdviceDocuments,
  deleteSearchDocuments,
  writeAdviceDocuments,
  writeSearchDocuments,
} from "@/lib/search/postgres/mutations";

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

  upsertAdvice(documents: AdviceDocument[]): Promise<void> {
    return writeAdviceDocuments(documents);
  }

  removeAdvice(ids: string[]): Promise<void> {
    return deleteAdviceDocuments(ids);
  }

  queryAdvice(query: AdviceQuery): Promise<AdviceCardView[]> {
    return queryAdviceIndex(query);
  }

  async health(): Promise<EngineHealth> {
    try {
      return { status: "ok", documents: await countSearchDocuments() };
    } catch (error) {
      return { status: "down", error: (error as Error).message };
    }
  }
}
