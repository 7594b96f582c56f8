// A short-lived, in-memory store of finished public pages (see docs/decisions/0015-public-page-cache.md).
// The custom server (scripts/serve.ts) and the Next.js bundles load separate copies of this module,
// so everything they share lives on globalThis.
import { AsyncLocalStorage } from "node:async_hooks";

export type CachedPage = {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  storedAt: number;
  /** Effects the page asked to repeat whenever it is served from here (e.g. logging the search). */
  replays: Replay[];
};

/** What a replayed effect may want to know about the view (a bot's views of a listing are not counted). */
export type PageView = { userAgent: string };
type Replay = (view?: PageView) => void;

/** What one render collects while it runs, so the server can keep it with the page. */
export type RenderCapture = { replays: Replay[]; view?: PageView };

type State = {
  pages: Map<string, CachedPage>;
  bytes: number;
  generation: number;
  capture: AsyncLocalStorage<RenderCapture>;
};

const state: State = ((globalThis as { __pageCache?: State }).__pageCache ??= {
  pages: new Map(),
  bytes: 0,
  generation: 0,
  capture: new AsyncLocalStorage<RenderCapture>(),
});

export type PageCacheLimits = { ttlMs: number; maxEntries: number; maxBytes: number };

export function pageCacheLimits(env: NodeJS.ProcessEnv = process.env): PageCacheLimits {
  const seconds = env.PAGE_CACHE_SECONDS === undefined ? 60 : Number(env.PAGE_CACHE_SECONDS);
  return {
    ttlMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0,
    maxEntries: 1000,
    maxBytes: (Number(env.PAGE_CACHE_MEGABYTES) || 64) * 1024 * 1024,
  };
}

/**
 * Forgets every stored page. Called whenever public information may have changed, from one place per
 * cause: a search engine's copy of listings changes (lib/search/sync/indexer.ts), the vocabulary or
 * thesaurus changes (lib/platform/ttl-cache.ts), a signed-in person's action ends
 * (lib/platform/action-client.ts), or Meilisearch falls behind (lib/search/query/engines.ts). Renders
 * already under way are not stored afterwards.
 */
export function forgetCachedPages(): void {
  state.generation++;
  state.pages.clear();
  state.bytes = 0;
}

export function currentGeneration(): number {
  return state.generation;
}

export function readCachedPage(key: string, limits: PageCacheLimits, now = Date.now()): CachedPage | undefined {
  const page = state.pages.get(key);
  if (!page) return undefined;
  if (now - page.storedAt >= limits.ttlMs) {
    drop(key, page);
    return undefined;
  }
  // Least recently used goes first: re-inserting moves the key to the end of the Map's order.
  state.pages.delete(key);
  state.pages.set(key, page);
  return page;
}

/** Stores a page unless the cache was cleared while it was being made. */
export function storeCachedPage(
  key: string,
  page: CachedPage,
  renderedInGeneration: number,
  limits: PageCacheLimits,
): boolean {
  if (renderedInGeneration !== state.generation || page.body.length > limits.maxBytes / 4) return false;
  const old = state.pages.get(key);
  if (old) drop(key, old);
  state.pages.set(key, page);
  state.bytes += page.body.length;
  for (const [oldestKey, oldest] of state.pages) {
    if (state.pages.size <= limits.maxEntries && state.bytes <= limits.maxBytes) break;
    drop(oldestKey, oldest);
  }
  return true;
}

function drop(key: string, page: CachedPage): void {
  state.pages.delete(key);
  state.bytes -= page.body.length;
}

export function cachedPageCount(): number {
  return state.pages.size;
}

/** Runs a render with a capture the page can add to (see runOnEveryView). */
export function captureRender<T>(capture: RenderCapture, render: () => T): T {
  return state.capture.run(capture, render);
}

/**
 * Runs `effect` now, and again each time this page is served from the cache, so a cached page
 * still counts as a view (the search log records every search, cached or not). Each run is told
 * about its own view; outside the page cache's server there is none, and the page reads its request.
 */
export function runOnEveryView(effect: (view?: PageView) => void): void {
  const capture = state.capture.getStore();
  effect(capture?.view);
  capture?.replays.push(effect);
}
