// The relevance suite: the same questions, asked of both engines, over the demo directory.
// Each engine is called directly (no fallback), so a pass is a pass for that engine.
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { SearchEngine } from "@/lib/search/query/engine";
import { RELEVANCE_CASES } from "./cases";

process.env.DATABASE_URL = inject("relevanceDatabaseUrl");
process.env.MEILISEARCH_URL = inject("relevanceMeilisearchUrl");
process.env.MEILISEARCH_INDEX = "relevance";
// The engine's production timeout is short; a busy 2-core test machine should not fail a ranking test.
process.env.MEILISEARCH_TIMEOUT_MS = "5000";

const slugById = new Map<string, string>();

beforeAll(async () => {
  const { db } = await import("@/lib/platform/db");
  for (const s of await db().service.findMany({ select: { id: true, slug: true } })) slugById.set(s.id, s.slug);
});

async function engineNamed(name: "meilisearch" | "postgres"): Promise<SearchEngine> {
  const engines = await import("@/lib/search/query/engines");
  const engine = name === "postgres" ? engines.postgresEngine() : engines.meilisearchEngine();
  if (!engine) throw new Error("Meilisearch is not configured for the relevance suite");
  return engine;
}

async function search(engineName: "meilisearch" | "postgres", q: string): Promise<string[]> {
  const { buildEngineQuery } = await import("@/lib/search/query/search");
  const { query } = await buildEngineQuery({ q, needs: [], categories: [], areas: [], page: 1 }, 10);
  const result = await (await engineNamed(engineName)).query(query);
  return result.ids.map((id) => slugById.get(id) ?? id);
}

describe.each(["meilisearch", "postgres"] as const)("%s", (engine) => {
  it("has every searchable demo listing indexed", async () => {
    const health = await (await engineNamed(engine)).health();
    expect(health).toMatchObject({ status: "ok", documents: 84 });
  });

  it.each(RELEVANCE_CASES)("finds what '$query' should find", async ({ query, expect: wanted, top, absent = [] }) => {
    const slugs = (await search(engine, query)).slice(0, top);
    for (const slug of wanted) expect(slugs, `'${query}' top ${top} on ${engine}`).toContain(slug);
    for (const slug of absent) expect(slugs, `'${query}' on ${engine}`).not.toContain(slug);
  });
});
