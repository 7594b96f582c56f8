// For an integration test file that searches on both engines: points Meilisearch at the suite's server and at an
// index of the file's own (so files running at once never see each other's listings), empties it before each
// test as tests/setup/database.ts empties the database, and puts the environment back afterwards (test files
// share a worker process: later files must not be pointed at this index). Call it at the top of the file.
import { afterAll, beforeEach, inject } from "vitest";
import { meilisearchEngine } from "@/lib/search/query/engines";

const KEYS = ["MEILISEARCH_URL", "MEILISEARCH_INDEX", "MEILISEARCH_TIMEOUT_MS"] as const;

export function useOwnMeilisearchIndex(prefix: string): void {
  const saved = Object.fromEntries(KEYS.map((key) => [key, process.env[key]]));
  process.env.MEILISEARCH_URL = inject("meilisearchUrl");
  process.env.MEILISEARCH_INDEX = `${prefix}_${process.pid}`;
  process.env.MEILISEARCH_TIMEOUT_MS = "5000";
  afterAll(() => {
    for (const key of KEYS) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });
  beforeEach(async () => {
    await meilisearchEngine()!
      .clear()
      .catch(() => {});
  });
}
