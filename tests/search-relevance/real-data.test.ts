// The relevance suite on real data: North Lincolnshire's own feed (see real-data-setup.ts), each concept
// asked three ways of both engines, scored by recall@20 against the records' own words (the rule is in
// real-data-cases.ts). Prints the table and each query's top-10 overlap between the engines.
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { SearchEngine } from "@/lib/search/query/engine";
import { REAL_DATA_CONCEPTS, type RealDataConcept } from "./real-data-cases";

process.env.DATABASE_URL = inject("relevanceRealDatabaseUrl");
process.env.MEILISEARCH_URL = inject("relevanceMeilisearchUrl");
process.env.MEILISEARCH_INDEX = "relevance_real";
process.env.MEILISEARCH_TIMEOUT_MS = "5000";

const ENGINES = ["meilisearch", "postgres"] as const;
type Engine = (typeof ENGINES)[number];
const WAYS = ["plain", "misspelt", "other"] as const;
type Way = (typeof WAYS)[number];
type Answer = { ids: string[]; total: number; recall: number; terms: string[] };

const answers = new Map<string, Answer>();
const keyOf = (c: RealDataConcept, way: Way, engine: Engine) => `${c.concept}|${way}|${engine}`;
const relevantByConcept = new Map<string, Set<string>>();

async function engineNamed(name: Engine): Promise<SearchEngine> {
  const engines = await import("@/lib/search/query/engines");
  const engine = name === "postgres" ? engines.postgresEngine() : engines.meilisearchEngine();
  if (!engine) throw new Error("Meilisearch is not configured for the relevance suite");
  return engine;
}

async function search(engine: Engine, q: string): Promise<{ ids: string[]; total: number; terms: string[] }> {
  const { buildEngineQuery } = await import("@/lib/search/query/search");
  const { query } = await buildEngineQuery({ q, needs: [], categories: [], areas: [], page: 1 }, 20);
  const result = await (await engineNamed(engine)).query({ ...query, facets: false });
  return { ids: result.ids, total: result.total, terms: query.terms };
}

/** Of the relevant services, the share in the first 20 (out of 20 when there are more than 20). */
const recallAt20 = (ids: string[], relevant: Set<string>) =>
  relevant.size ? ids.slice(0, 20).filter((id) => relevant.has(id)).length / Math.min(20, relevant.size) : 1;

/** How many of one engine's first 10 the other also has, out of the most either could share. */
function overlap(a: string[], b: string[]): { shared: number; of: number } {
  const top = new Set(b.slice(0, 10));
  return { shared: a.slice(0, 10).filter((id) => top.has(id)).length, of: Math.min(10, Math.max(a.length, b.length)) };
}

beforeAll(async () => {
  const { db } = await import("@/lib/platform/db");
  const indexed = await db().$queryRaw<{ id: string }[]>`SELECT "serviceId"::text AS id FROM "SearchDocument"`;
  const ids = new Set(indexed.map((r) => r.id));
  const services = await db().service.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, name: true, summary: true, description: true, whoFor: true, tags: true },
  });
  for (const c of REAL_DATA_CONCEPTS) {
    const pattern = new RegExp(`(?<![a-z])(?:${c.defining})(?![a-z])`, "i");
    const text = (s: (typeof services)[number]) =>
      [s.name, s.summary, s.description, s.whoFor, ...s.tags].join("\n").replace(/[\u2018\u2019]/g, "'");
    relevantByConcept.set(c.concept, new Set(services.filter((s) => pattern.test(text(s))).map((s) => s.id)));
  }
  for (const engine of ENGINES)
    for (const c of REAL_DATA_CONCEPTS)
      for (const way of WAYS) {
        const found = await search(engine, c[way]);
        answers.set(keyOf(c, way, engine), {
          ...found,
          recall: recallAt20(found.ids, relevantByConcept.get(c.concept)!),
        });
      }
  printTable();
}, 120_000);

function meanOverlap(): number {
  const shares = REAL_DATA_CONCEPTS.flatMap((c) =>
    WAYS.map((way) =>
      overlap(answers.get(keyOf(c, way, "meilisearch"))!.ids, answers.get(keyOf(c, way, "postgres"))!.ids),
    ),
  ).filter((o) => o.of);
  return mean(shares.map((o) => (10 * o.shared) / o.of));
}

function printTable() {
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  const lines = [
    "Real-data relevance (North Lincolnshire feed): recall@20 (results) per engine; top-10 overlap",
    `${pad("concept (relevant)", 24)}${pad("way", 10)}${pad("query", 24)}${pad("meilisearch", 14)}${pad("postgres", 14)}overlap`,
  ];
  for (const c of REAL_DATA_CONCEPTS)
    for (const way of WAYS) {
      const [m, p] = ENGINES.map((e) => answers.get(keyOf(c, way, e))!);
      const o = overlap(m.ids, p.ids);
      lines.push(
        `${pad(way === "plain" ? `${c.concept} (${relevantByConcept.get(c.concept)!.size})` : "", 24)}${pad(way, 10)}` +
          `${pad(`"${c[way]}"`, 24)}${pad(`${m.recall.toFixed(2)} (${m.total})`, 14)}` +
          `${pad(`${p.recall.toFixed(2)} (${p.total})`, 14)}${pad(`${o.shared}/${o.of}`, 8)}` +
          ENGINES.filter((e) => BELOW_TARGET[keyOf(c, way, e)] !== undefined)
            .map((e) => `below target (${e})`)
            .join(", "),
      );
    }
  // Item 3 (synonyms add, never displace): where the thesaurus rewrote the family's word, the plain word's
  // recall above is how many services with that very word it still finds.
  const rewritten = REAL_DATA_CONCEPTS.flatMap((c) => WAYS.map((way) => ({ c, way })))
    .map(({ c, way }) => ({ q: c[way], a: answers.get(keyOf(c, way, "meilisearch"))! }))
    .filter(({ q, a }) => a.terms.join(" ") !== q.toLowerCase());
  lines.push(
    `Read differently by query understanding: ${rewritten.map(({ q, a }) => `"${q}" → ${a.terms.join(" + ")}`).join("; ")}`,
  );
  for (const engine of ENGINES)
    lines.push(
      `${engine}: mean recall@20 ` +
        WAYS.map(
          (way) =>
            `${way} ${mean(REAL_DATA_CONCEPTS.map((c) => answers.get(keyOf(c, way, engine))!.recall)).toFixed(2)}`,
        ).join(", "),
    );
  lines.push(`Mean top-10 overlap (out of 10): ${meanOverlap().toFixed(1)}`);
  console.log(lines.join("\n"));
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/**
 * Queries not yet at the target, with the recall@20 measured when they were listed: held there (no worse),
 * and taken off this list when they reach the target (the last test fails until then, so it stays honest).
 * Some are a thesaurus term still displacing the family's own word on Meilisearch ("wellbeing" is searched as
 * "mental health", "loneliness" as "make friends"); see docs/benchmarks.md.
 */
const BELOW_TARGET: Record<string, number> = {
  "mental health|plain|meilisearch": 0.85,
  "mental health|plain|postgres": 0.8,
  "wellbeing|plain|meilisearch": 0.45,
  "wellbeing|other|postgres": 0.5,
  "loneliness|plain|meilisearch": 0.42,
  "loneliness|plain|postgres": 0.36,
  "loneliness|misspelt|postgres": 0.21,
  "walking|plain|meilisearch": 0.75,
  "singing|misspelt|meilisearch": 0.7,
  "knitting|plain|postgres": 0.84,
  "anxiety|plain|meilisearch": 0.76,
  "wheelchair|plain|meilisearch": 0.6,
  "library|plain|postgres": 0.65,
};
/**
 * The mean top-10 overlap between the engines, below its target of 7: measured 6.4 (it moves by about 0.1
 * between runs, as Meilisearch orders equally ranked listings differently), held just under that.
 */
const OVERLAP_FLOOR = 6.2;

/** The issue's target: 0.9 for the plain word; each other way at least 0.9 of the plain word's recall. */
function target(c: RealDataConcept, way: Way, engine: Engine): number {
  return way === "plain" ? 0.9 : 0.9 * answers.get(keyOf(c, "plain", engine))!.recall;
}

describe.each(ENGINES)("%s on real data", (engine) => {
  it("has the feed's services to search, and each concept has services", () => {
    expect(relevantByConcept.size).toBe(REAL_DATA_CONCEPTS.length);
    for (const [concept, relevant] of relevantByConcept) expect(relevant.size, concept).toBeGreaterThanOrEqual(3);
  });

  it.each(REAL_DATA_CONCEPTS.flatMap((c) => WAYS.map((way) => ({ ...c, way, q: c[way] }))))(
    "finds what '$q' should find ($way)",
    ({ way, q, ...c }) => {
      const got = answers.get(keyOf(c, way, engine))!;
      expect(got.total, `'${q}' found nothing on ${engine}`).toBeGreaterThan(0);
      const floor = BELOW_TARGET[keyOf(c, way, engine)];
      expect(got.recall, `'${q}' recall@20 on ${engine}`).toBeGreaterThanOrEqual(floor ?? target(c, way, engine));
    },
  );
});

it("keeps the list of queries below target honest, and the engines agreeing as measured", () => {
  const reached = Object.keys(BELOW_TARGET).filter((key) => {
    const [concept, way, engine] = key.split("|") as [string, Way, Engine];
    const c = REAL_DATA_CONCEPTS.find((x) => x.concept === concept)!;
    return answers.get(key)!.recall >= target(c, way, engine);
  });
  expect(reached, "these now meet the target: take them off BELOW_TARGET").toEqual([]);
  expect(meanOverlap()).toBeGreaterThanOrEqual(OVERLAP_FLOOR);
});
