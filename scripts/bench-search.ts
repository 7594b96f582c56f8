// npm run bench:search — builds a separate database (DATA_DIR + "-bench") with 10,000 generated
// listings, indexes it, then measures with autocannon at 10 connections, against the production
// server (scripts/serve.ts, public page cache on): a page with no data (/about, rendered per request
// since the header shows the visitor's shortlist count: the framework's own cost per page); the search
// page with popular searches (a query and two filters, repeated, so mostly served from the page
// cache); the search page where every request is a search nobody made before (so always rendered);
// and the home page. Once with Meilisearch serving and once with PostgreSQL, plus how long an edit
// takes to show on the search page. Writes the search section of docs/benchmarks.md. SKIP_BUILD=1
// reuses a build.
import autocannon from "autocannon";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import { localAuthEnv } from "@/lib/auth/local-secret";
import { db } from "@/lib/platform/db";
import { writeBenchmarkSection } from "@/lib/platform/benchmarks-doc";
import { findFreePort } from "@/lib/platform/runtime/free-port";
import { startEmbeddedMeilisearch } from "@/lib/platform/runtime/meilisearch";
import { prepareDatabase } from "@/lib/platform/runtime/prepare";
import { createBenchServices, renameBenchService } from "@/lib/search/bench/mutations";
import { BEHIND_LIMIT_MS } from "@/lib/search/query/engines";
import { prepareSearch } from "@/lib/search/sync/prepare";
import { ensureVocabulary } from "@/lib/taxonomy/mutations";
import { AGE_GROUP_TERMS, AREA_TERMS, NEED_TERMS } from "@/lib/taxonomy/vocabulary";

const COUNT = Number(process.env.BENCH_SERVICES) || 10_000;
const DURATION = Number(process.env.BENCH_SECONDS) || 10;
const EDITS = 10;
const nextBin = "node_modules/next/dist/bin/next";
const distDir = process.env.NEXT_DIST_DIR || ".next";

process.env.DATA_DIR = `${process.env.DATA_DIR || ".data"}-bench`;
delete process.env.DATABASE_URL;
delete process.env.MEILISEARCH_URL;
// Bulk statements (a thousand listings at a time, whole reindexes) may outlast the site's 3 s limit.
process.env.DATABASE_QUERY_TIMEOUT_MS ||= "0";

const database = await prepareDatabase(() => {});
await db().$transaction((tx) => ensureVocabulary(tx), { timeout: 30_000 });
await createBenchServices(COUNT);
const meili = await startEmbeddedMeilisearch({ attach: false });
if (!meili) throw new Error("bench:search needs the embedded Meilisearch (optional dependency) or MEILISEARCH_URL");
process.env.MEILISEARCH_URL = meili.url;
let started = Date.now();
await prepareSearch({ onProgress: (done, total) => done === total && console.log(`Indexed ${done} listings`) });
const reindexSeconds = (Date.now() - started) / 1000;

if (process.env.SKIP_BUILD !== "1" || !fs.existsSync(`${distDir}/BUILD_ID`)) {
  console.log("Building the site (next build)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url },
  });
  if (build.status !== 0) throw new Error("next build failed");
}

type Row = { page: string; engine: string; p50: number; p99: number; rps: number; errors: number; cached: string };
const rows: Row[] = [];
const QUERIES = ["autism", "speech therapy", "short breaks", "wheelchair", "anxious"];
const searchPaths = QUERIES.map((q) => `/services?q=${encodeURIComponent(q)}&need=autism&area=north`);

// Searches nobody has made before: every request takes the next combination of words, need, area
// and age (more combinations than a run makes), so the page cache never has the answer.
const WORDS = [
  "autism",
  "speech",
  "sleep",
  "swimming",
  "job",
  "friends",
  "wheelchair",
  "anxiety",
  "dyslexia",
  "respite",
  "sensory",
  "deaf",
  "college",
  "playscheme",
  "parent",
  "advice",
  "therapy",
  "transport",
  "football",
  "music",
];
let unseen = 0;
function unseenSearchPath(): string {
  const n = unseen++;
  const pick = <T>(list: readonly T[], i: number) => list[i % list.length];
  const need = pick(NEED_TERMS, Math.floor(n / WORDS.length)).code;
  const area = pick(AREA_TERMS, Math.floor(n / (WORDS.length * NEED_TERMS.length))).code;
  const age = pick(AGE_GROUP_TERMS, Math.floor(n / (WORDS.length * NEED_TERMS.length * AREA_TERMS.length))).code;
  return `/services?q=${pick(WORDS, n)}&need=${need}&area=${area}&age=${age}`;
}

// A family's own postcode, nearest first, never asked before: each request a new full postcode in one of
// the Fylde districts (placed at the district's middle, as no ONS file is loaded), so nothing is cached.
// The heaviest order there is: every listing's venues are measured, not just one page of them.
let unseenPostcode = 0;
function unseenPostcodePath(): string {
  const n = unseenPostcode++;
  const letter = (i: number) => String.fromCharCode(65 + (i % 26));
  const inward = `${n % 10}${letter(Math.floor(n / 10))}${letter(Math.floor(n / 260))}`;
  return `/services?postcode=FY${1 + (n % 8)}+${inward}&sort=distance`;
}

async function startSite(withMeilisearch: boolean): Promise<{ url: string; child: ChildProcess }> {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: String(port),
    ...localAuthEnv(String(port)),
  };
  if (!withMeilisearch) delete env.MEILISEARCH_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], { env, stdio: "ignore" });
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, child };
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("The site did not start");
}

type Paths = string[] | (() => string);

/** X-Page-Cache for a request sent as autocannon sends it (fetch would add Accept-Encoding, another cache key). */
function pageCacheHeader(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        res.resume();
        resolve(String(res.headers["x-page-cache"] ?? "static"));
      })
      .on("error", reject);
  });
}

async function measure(
  url: string,
  page: string,
  engine: string,
  paths: Paths,
  expectCache: "hit" | "miss" | "static",
): Promise<Row> {
  const requests =
    typeof paths === "function"
      ? [{ method: "GET" as const, setupRequest: (req: object) => ({ ...req, path: paths() }) }]
      : paths.map((path) => ({ method: "GET" as const, path }));
  await autocannon({ url, connections: 10, duration: 2, requests }); // warm-up
  const r = await autocannon({ url, connections: 10, duration: DURATION, requests });
  // Check the row measured what its name says: served from the page cache, or rendered.
  const cache = await pageCacheHeader(url + (typeof paths === "function" ? paths() : paths[0]));
  if (cache !== expectCache) throw new Error(`${page}: expected page cache "${expectCache}", got "${cache}"`);
  const cached = { hit: "yes", miss: "no, rendered", static: "no: a page with no data" }[expectCache];
  const row = {
    page,
    engine,
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: Math.round(r.requests.average),
    errors: r.errors + r.non2xx,
    cached,
  };
  console.log(`${page} (${engine}): p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.rps} req/s, ${row.errors} errors`);
  return row;
}

/**
 * Time from an edit's commit (in this process, so the site hears of it as it would of the importer
 * or the review job) until the site's search page shows it: Meilisearch updated by the site's
 * worker, and the page cache, which may hold the "no results" page for the new word, cleared.
 */
async function measureEditLatency(url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    // One officer's edit at a time: Meilisearch serving and caught up, as it is between edits.
    await waitUntilCaughtUp(url);
    const word = `zephyrine${Date.now().toString(36)}`;
    const name = `Kayaking club ${word}`;
    await renameBenchService(`bench-${100 + i}`, name);
    const t = Date.now();
    for (;;) {
      const html = await fetch(`${url}/services?q=${word}`).then((r) => r.text());
      if (html.includes(name)) break;
      if (Date.now() - t > 30_000) throw new Error("An edit did not reach the search page within 30 s");
      await new Promise((r) => setTimeout(r, 20));
    }
    times.push(Date.now() - t);
  }
  return times;
}

async function waitUntilCaughtUp(url: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    const { search } = (await (await fetch(`${url}/api/health`)).json()) as {
      search: { serving: string; pendingChanges: number };
    };
    if (search.serving === "meilisearch" && search.pendingChanges === 0) return;
    if (Date.now() - started > 60_000) throw new Error("Meilisearch did not catch up within a minute");
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** How long Meilisearch itself took over its last `n` document updates, shortest first. */
async function meiliTaskDurations(meiliUrl: string, n: number): Promise<number[]> {
  const { results } = (await (
    await fetch(`${meiliUrl}/tasks?limit=${n}&types=documentAdditionOrUpdate&indexUids=services`)
  ).json()) as {
    results: { duration: string | null }[];
  };
  // ISO 8601 durations such as "PT0.031535251S".
  return results
    .map((t) => Math.round(Number(/PT([\d.]+)S/.exec(t.duration ?? "")?.[1] ?? NaN) * 1000))
    .sort((a, b) => a - b);
}

let site: { url: string; child: ChildProcess } | undefined;
let editTimes: number[] = [];
let meiliTaskMs: number[] = [];
try {
  site = await startSite(true);
  rows.push(await measure(site.url, "Static page (/about)", "none", ["/about"], "static"));
  for (const engine of ["meilisearch", "postgres"]) {
    if (engine === "postgres") {
      site.child.kill("SIGTERM");
      site = await startSite(false);
    }
    rows.push(await measure(site.url, "Search page, popular searches (query + 2 filters)", engine, searchPaths, "hit"));
    rows.push(
      await measure(
        site.url,
        "Search page, a new search every request (query + 3 filters)",
        engine,
        unseenSearchPath,
        "miss",
      ),
    );
    rows.push(
      await measure(
        site.url,
        "Search page, a new postcode every request (nearest first)",
        engine,
        unseenPostcodePath,
        "miss",
      ),
    );
    rows.push(await measure(site.url, "Home page", engine, ["/"], "hit"));
    if (engine === "meilisearch") {
      editTimes = await measureEditLatency(site.url);
      meiliTaskMs = await meiliTaskDurations(meili.url, EDITS);
    }
  }
} finally {
  // Never leave a server behind, whatever failed.
  site?.child.kill("SIGTERM");
  await db().$disconnect();
  await meili.stop();
  await database.stop();
}

const staticRps = rows[0].rps;

const sortedEdits = [...editTimes].sort((a, b) => a - b);
const loadAverage = os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(", ");
const when = new Date().toISOString().slice(0, 16).replace("T", " ");
const listings = COUNT.toLocaleString("en-GB");
const tableRows = rows.map((r) => {
  const vsStatic = Math.round((r.rps / staticRps) * 100);
  return `| ${r.page} | ${r.engine} | ${r.cached} | ${r.p50} | ${r.p99} | ${r.rps} | ${vsStatic}% | ${r.errors} |`;
});
// One array item per line of Markdown; long lines are joined from pieces so the file stays the same.
const section = [
  "## Search (`npm run bench:search`)",
  "",
  `${when} UTC, ${os.cpus().length} cores, ${listings} generated listings,`,
  `autocannon with 10 connections for ${DURATION} s per row (after a 2 s warm-up), ` +
    "on the same machine as the site, PostgreSQL",
  "and Meilisearch. The site is the production server (`scripts/serve.ts`: `next build` output behind the public page cache,",
  `ADR 0015). Load average at the end ${loadAverage} ` +
    "(other work on the machine slows every row, the static page included).",
  "",
  `- *Popular searches* rotate five queries (${QUERIES.map((q) => `"${q}"`).join(", ")}), ` +
    "each with `need=autism&area=north`:",
  "  after the first view of each, the page cache answers.",
  `- *A new search every request* never repeats a URL (${WORDS.length} words × every need × area × age group), ` +
    "so every",
  "  request runs the search and renders the page: this row is the cost of the search itself.",
  "- Every results page shows facet counts for every filter, and every search is logged, cached or not (scrubbed; rows written in batches).",
  "",
  "| Page | Engine | From the page cache | p50 (ms) | p99 (ms) | req/s | req/s vs static page | errors |",
  "|---|---|---|---:|---:|---:|---:|---:|",
  tableRows.join("\n"),
  "",
  `- Full reindex of ${listings} listings into both engines: ${reindexSeconds.toFixed(1)} s.`,
  "- An edit shows on the search page (one at a time, each with Meilisearch serving and caught up; the edit committed",
  "  by another process, as the importer or the review job would): " +
    `median ${sortedEdits[EDITS / 2]} ms, worst ${sortedEdits[EDITS - 1]} ms over ${EDITS} edits. The time covers the`,
  "  site hearing of the change (PostgreSQL NOTIFY), Meilisearch applying it and the page cache being cleared; the page for the",
  `  new word was cached as "no results" before. Meilisearch's own time to apply each of those updates (its task durations):`,
  `  median ${meiliTaskMs[EDITS / 2]} ms, longest ${meiliTaskMs[EDITS - 1]} ms. ` +
    `When Meilisearch is more than ${BEHIND_LIMIT_MS / 1000} s behind`,
  "  a change, PostgreSQL (exact at commit) answers until it catches up (ADR 0004).",
  "- Targets from the issue: search page p50 ≤ 30 ms and ≥ 300 req/s; an approved edit searchable within 2 s.",
];

console.log(`Wrote the search section of ${writeBenchmarkSection("search", section)}`);
process.exit(0);
