// A small in-process cache for data that every page reads and officers rarely change (the
// vocabulary, the thesaurus). The process that makes a change forgets its copy at once and announces
// the change; other servers forget theirs when they hear NOTIFY page_changed "vocabulary"
// (lib/platform/page-cache/changes.ts), and
// the TTL bounds how stale a page can be if that notification is missed.
import { forgetCachedPages } from "@/lib/platform/page-cache/store";

type Entry<T> = { value: Promise<T>; at: number };
const store: Map<string, Entry<unknown>> = ((globalThis as { __ttlCache?: Map<string, Entry<unknown>> }).__ttlCache ??=
  new Map());

export function ttlCache<T>(key: string, ttlMs: number, load: () => Promise<T>) {
  return {
    get(): Promise<T> {
      const hit = store.get(key) as Entry<T> | undefined;
      if (hit && Date.now() - hit.at < ttlMs) return hit.value;
      // Cache the promise, not the value, so a burst of requests triggers one load.
      const value = load().catch((error) => {
        store.delete(key);
        throw error;
      });
      store.set(key, { value, at: Date.now() });
      return value;
    },
    forget(): void {
      store.delete(key);
      // Every public page is built from this data, so pages kept in the page cache (ADR 0015) go with it:
      // the one place a vocabulary or thesaurus change clears that cache.
      forgetCachedPages();
    },
  };
}

/** Forgets every cached value: another server changed something (lib/platform/page-cache/changes.ts). */
export function forgetAllTtlCaches(): void {
  store.clear();
}
