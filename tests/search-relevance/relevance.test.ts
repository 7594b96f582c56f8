// The relevance suite: the same questions, asked of both engines, over the demo directory.
// Each engine is called directly (no fallback), so a pass is a pass for that engine.
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { SearchEngine } from "@/lib/search/query/engine";
import { ADVICE_RELEVANCE_CASES, RELEVANCE_CASES } from "./cases";

process.env.DATABASE_URL = inject("relevanceDatabaseUrl");
process.env.MEILISEARCH_URL = inject("relevanceMeilisearchUrl");
process.env.MEILISEARCH_INDEX = "relevance";
// The engine's production timeout is short; a busy 2-core test machine should not fail a ranking test.
process.env.MEILISEARCH_TIMEOUT_MS = "5000";

const slugById = new Map<string, string>();
let publishedAdvicePages = 0;

beforeAll(async () => {
  const { db } = await import("@/lib/platform/db");
  for (const s of await db().service.findMany({ select: { id: true, slug: true } })) slugById.set(s.id, s.slug);
  publishedAdvicePages = await db().advicePage.count({ where: { publishedAt: { not: null }, archivedAt: null } });
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

/** The advice pages `/services?q=` shows above the services, as that page asks for them. */
async function searchAdvice(engineName: "meilisearch" | "postgres", q: string): Promise<string[]> {
  const { buildEngineQuery, ADVICE_SHOWN } = await import("@/lib/search/query/search");
  const { query } = await buildEngineQuery({ q, needs: [], categories: [], areas: [], page: 1 }, 10);
  const pages = await (await engineNamed(engineName)).queryAdvice({ terms: query.terms, limit: ADVICE_SHOWN });
  return pages.map((p) => p.slug);
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

  it("has every published advice page indexed", async () => {
    expect(publishedAdvicePages).toBeGreaterThan(0);
    expect(await searchAdvice(engine, "")).toEqual([]);
    // Every page is found by its own title ("Going to college" is a search for "college", which
    // "Travel to school or college" answers as well, so shown rather than first).
    const { db } = await import("@/lib/platform/db");
    for (const page of await db().advicePage.findMany({ select: { slug: true, title: true } }))
      expect(await searchAdvice(engine, page.title), `'${page.title}' on ${engine}`).toContain(page.slug);
  });

  it.each(ADVICE_RELEVANCE_CASES)("puts the right advice first for '$query'", async ({ query, first }) => {
    const slugs = await searchAdvice(engine, query);
    expect(slugs[0], `'${query}' on ${engine}: ${slugs.join(", ")}`).toBe(first);
  });
});

// Issue 16 item 5: how far the engines agree on these questions (printed; the target is 7 of 10 on average).
it("prints how many of each query's first 10 the two engines share", async () => {
  const shares: string[] = [];
  let sum = 0;
  for (const { query } of RELEVANCE_CASES) {
    const [m, p] = [await search("meilisearch", query), await search("postgres", query)];
    const top = new Set(p.slice(0, 10));
    const of = Math.min(10, Math.max(m.length, p.length));
    const shared = m.slice(0, 10).filter((slug) => top.has(slug)).length;
    sum += of ? (10 * shared) / of : 10;
    shares.push(`${query}: ${shared}/${of}`);
  }
  const mean = sum / RELEVANCE_CASES.length;
  console.log(`Demo suite, top-10 overlap between the engines: mean ${mean.toFixed(1)} of 10\n${shares.join("; ")}`);
  expect(mean).toBeGreaterThan(0);
});
