// Which engine is serving searches, for /api/health and the admin area.
import "server-only";
import type { EngineName } from "./engine";
import { meilisearchEngine, postgresEngine, servingEngine } from "./engines";
import { countPendingOutbox } from "@/lib/search/sync/data";

export type SearchStatus = {
  serving: EngineName;
  meilisearch: "ok" | "down" | "not configured";
  postgres: "ok" | "down";
  documents: { meilisearch?: number; postgres?: number };
  pendingChanges?: number;
};

export async function checkSearch(): Promise<SearchStatus> {
  const meili = meilisearchEngine();
  const [m, p, pending] = await Promise.all([
    meili?.health(),
    postgresEngine().health(),
    countPendingOutbox().catch(() => undefined),
  ]);
  return {
    // Meilisearch answers only when it is configured, reachable and not in its back-off after a failure.
    serving: m?.status === "ok" && servingEngine() === "meilisearch" ? "meilisearch" : "postgres",
    meilisearch: !meili ? "not configured" : m!.status,
    postgres: p.status,
    documents: { meilisearch: m?.documents, postgres: p.documents },
    pendingChanges: pending,
  };
}
