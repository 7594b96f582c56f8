// Which engine answers. Meilisearch when MEILISEARCH_URL is set, PostgreSQL otherwise — and
// PostgreSQL automatically, per request, whenever Meilisearch fails or is slower than its short
// timeout. After a failure Meilisearch is skipped for a few seconds so every visitor does not
// pay the timeout while it is down; then it is tried again. PostgreSQL also answers while
// Meilisearch is more than a second behind a committed change (the PostgreSQL engine is updated
// in the change's own transaction), so an approved edit is never invisible for long.
import "server-only";
import { forgetCachedPages } from "@/lib/platform/page-cache/store";
import type { AdviceCardView } from "@/lib/search/advice-document";
import type { AdviceQuery, EngineName, EngineQuery, EngineResult, SearchEngine } from "./engine";
import { MeilisearchEngine } from "./meilisearch-engine";
import { PostgresEngine } from "./postgres-engine";
import { log } from "@/lib/platform/logging/logger";

const RETRY_AFTER_MS = 5_000;
export const BEHIND_LIMIT_MS = 1_000;

type State = {
  postgres?: PostgresEngine;
  meili?: MeilisearchEngine;
  meiliKey?: string;
  meiliDownUntil: number;
  lastError?: string;
  /** When the site first heard of committed changes Meilisearch does not have yet; unset once it has them all. */
  meiliBehindSince?: number;
};
// On globalThis so Next's separately bundled route handlers and instrumentation share one state.
const state: State = ((globalThis as { __searchEngines?: State }).__searchEngines ??= { meiliDownUntil: 0 });

export function postgresEngine(): PostgresEngine {
  return (state.postgres ??= new PostgresEngine());
}

/** The Meilisearch engine when one is configured (read from the environment each call, so tests can switch). */
export function meilisearchEngine(): MeilisearchEngine | undefined {
  const url = process.env.MEILISEARCH_URL;
  if (!url) return undefined;
  const { searchKey, adminKey } = meilisearchKeys();
  const key = `${url}|${searchKey ?? ""}|${adminKey ?? ""}|${process.env.MEILISEARCH_INDEX ?? ""}`;
  if (state.meiliKey !== key) {
    state.meili = new MeilisearchEngine({
      url,
      apiKey: searchKey,
      adminKey,
      index: process.env.MEILISEARCH_INDEX || "services",
      queryTimeoutMs: Number(process.env.MEILISEARCH_TIMEOUT_MS) || 500,
    });
    state.meiliKey = key;
    state.meiliDownUntil = 0;
  }
  return state.meili;
}

/**
 * A search-only key for visitors' searches and an admin key for changing the indexes (ADR 0022): each
 * falls back to MEILISEARCH_KEY, the one key of a simple set-up.
 */
export function meilisearchKeys(): { searchKey?: string; adminKey?: string } {
  const one = process.env.MEILISEARCH_KEY || undefined;
  return {
    searchKey: process.env.MEILISEARCH_SEARCH_KEY || one,
    adminKey: process.env.MEILISEARCH_ADMIN_KEY || one,
  };
}

/** Every engine that should receive index changes. */
export function indexEngines(): SearchEngine[] {
  const meili = meilisearchEngine();
  return meili ? [postgresEngine(), meili] : [postgresEngine()];
}

export function markMeilisearchDown(error: unknown): void {
  state.meiliDownUntil = Date.now() + RETRY_AFTER_MS;
  state.lastError = error instanceof Error ? error.message : String(error);
}

export function markMeilisearchUp(): void {
  state.meiliDownUntil = 0;
}

/**
 * Meilisearch lacks committed changes until the worker has applied them: called when a change is heard
 * of (NOTIFY) and when one is claimed; cleared when the outbox is empty. Past BEHIND_LIMIT_MS,
 * PostgreSQL answers searches, and pages cached from Meilisearch's answers must go too: the one place
 * Meilisearch falling behind clears the page cache (ADR 0015).
 */
export function markMeilisearchBehind(): void {
  if (state.meiliBehindSince !== undefined) return;
  state.meiliBehindSince = Date.now();
  setTimeout(() => isMeilisearchBehind() && forgetCachedPages(), BEHIND_LIMIT_MS + 10).unref();
}

export function markMeilisearchCaughtUp(): void {
  state.meiliBehindSince = undefined;
}

export function isMeilisearchBehind(): boolean {
  return state.meiliBehindSince !== undefined;
}

function meilisearchUsable(): boolean {
  if (Date.now() < state.meiliDownUntil) return false;
  return state.meiliBehindSince === undefined || Date.now() - state.meiliBehindSince < BEHIND_LIMIT_MS;
}

/** The engine the next search will try first. */
export function servingEngine(): EngineName {
  return meilisearchEngine() && meilisearchUsable() ? "meilisearch" : "postgres";
}

/** Asks Meilisearch when it is usable, PostgreSQL otherwise or when Meilisearch fails; says which answered. */
async function askServingEngine<T>(
  ask: (engine: SearchEngine) => Promise<T>,
): Promise<{ answer: T; engine: EngineName }> {
  const meili = meilisearchEngine();
  if (meili && meilisearchUsable()) {
    try {
      return { answer: await ask(meili), engine: "meilisearch" };
    } catch (error) {
      log.warn(
        { err: error },
        `Search: Meilisearch did not answer (${(error as Error).message}); PostgreSQL is answering instead.`,
      );
      markMeilisearchDown(error);
    }
  }
  return { answer: await ask(postgresEngine()), engine: "postgres" };
}

export async function queryWithFallback(query: EngineQuery): Promise<EngineResult & { engine: EngineName }> {
  const { answer, engine } = await askServingEngine((e) => e.query(query));
  return { ...answer, engine };
}

export async function queryAdviceWithFallback(query: AdviceQuery): Promise<AdviceCardView[]> {
  return (await askServingEngine((e) => e.queryAdvice(query))).answer;
}
