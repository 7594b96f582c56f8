// npm run bench:load — can the production server take a council's busy hour? Builds its own database
// (DATA_DIR + "-load") with 10,000 generated listings and the starter advice pages, starts the production
// server (scripts/serve.ts: no seed, no build) on it, and sends 60 s of mixed traffic from 50 connections:
// home, popular and never-repeated searches, listing pages, advice, the Open Referral API, the CSV export
// and "was this page helpful?" posts, one request in ten signed in as an officer. An officer's edit is
// approved every 2 s throughout. Then the same again with Meilisearch killed half-way. Reports errors (5xx,
// timeouts, dropped connections), p50/p95/p99 per route, requests per second and the server's memory, then
// checks that every edit reached Meilisearch once it is back: nothing lost from the outbox. Writes the load
// section of docs/benchmarks.md. SKIP_BUILD=1 reuses a build; BENCH_SECONDS and BENCH_SERVICES shorten it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { localAuthEnv } from "@/lib/auth/local-secret";
import { seedAdvicePages } from "@/lib/advice/mutations";
import { db } from "@/lib/platform/db";
import { writeBenchmarkSection } from "@/lib/platform/benchmarks-doc";
import { findFreePort } from "@/lib/platform/runtime/free-port";
import { startEmbeddedMeilisearch, type RunningMeilisearch } from "@/lib/platform/runtime/meilisearch";
import { prepareDatabase } from "@/lib/platform/runtime/prepare";
import { createBenchServices, renameBenchService } from "@/lib/search/bench/mutations";
import { prepareSearch } from "@/lib/search/sync/prepare";
import { ensureVocabulary } from "@/lib/taxonomy/mutations";
import { AREA_TERMS, NEED_TERMS } from "@/lib/taxonomy/vocabulary";
import { ADVICE_SEED } from "@/prisma/seed/advice/pages";

const COUNT = Number(process.env.BENCH_SERVICES) || 10_000;
const SECONDS = Number(process.env.BENCH_SECONDS) || 60;
const CONNECTIONS = 50;
const TIMEOUT_MS = 10_000;
const nextBin = "node_modules/next/dist/bin/next";
const distDir = process.env.NEXT_DIST_DIR || ".next";

process.env.DATA_DIR = `${process.env.DATA_DIR || ".data"}-load`;
delete process.env.DATABASE_URL;
delete process.env.MEILISEARCH_URL;
process.env.DATABASE_QUERY_TIMEOUT_MS ||= "0"; // bulk set-up statements may outlast the site's limit

const database = await prepareDatabase(() => {});
await db().$transaction((tx) => ensureVocabulary(tx), { timeout: 30_000 });
await createBenchServices(COUNT);
await db().$transaction((tx) => seedAdvicePages(tx, ADVICE_SEED), { timeout: 30_000 });
const meiliDir = path.join(process.env.DATA_DIR, "meili");
const meiliPort = await findFreePort();
let meili: RunningMeilisearch | undefined = await startEmbeddedMeilisearch({
  dir: meiliDir,
  port: meiliPort,
  attach: false,
});
if (!meili) throw new Error("bench:load needs the embedded Meilisearch (optional dependency)");
process.env.MEILISEARCH_URL = meili.url;
await prepareSearch({ log: () => {} });

if (process.env.SKIP_BUILD !== "1" || !fs.existsSync(`${distDir}/BUILD_ID`)) {
  console.log("Building the site (next build)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url },
  });
  if (build.status !== 0) throw new Error("next build failed");
}

// Every run starts with the same rate limits: a previous run's exports and posts, from this same client
// address, would otherwise be refused within the hour and leave out the heaviest requests.
await db().rateLimitBucket.deleteMany();

// One officer, signed in as Auth.js would sign them in (a database session), for the signed-in tenth.
const officer = await db().user.upsert({
  where: { email: "load.officer@seabourne.example" },
  update: {},
  create: { email: "load.officer@seabourne.example", name: "Load test officer", role: "editor" },
});
const sessionToken = crypto.randomBytes(32).toString("hex");
await db().session.create({
  data: { sessionToken, userId: officer.id, expires: new Date(Date.now() + 86_400_000) },
});
const slugs = (await db().service.findMany({ select: { slug: true }, take: 500, orderBy: { slug: "asc" } })).map(
  (s) => s.slug,
);
const adviceSlugs = ADVICE_SEED.map((p) => p.slug);

// --- the production server ---------------------------------------------------------------------------
const port = await findFreePort();
const base = `http://localhost:${port}`;
const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
  env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), ...localAuthEnv(String(port)) },
  stdio: ["ignore", "ignore", "inherit"],
});
for (let i = 0; ; i++) {
  if (
    await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  if (i > 300) throw new Error("The production server did not start");
  await new Promise((r) => setTimeout(r, 200));
}

/** The server's resident memory in MB, from /proc (Linux). */
function serverMemoryMb(): number {
  const status = fs.readFileSync(`/proc/${server.pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

// --- the traffic ---------------------------------------------------------------------------------------
type Request = { route: string; method: "GET" | "POST"; path: string; body?: string; signedIn?: boolean };
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)];
const POPULAR = ["autism", "speech therapy", "short breaks", "wheelchair", "tribunal", "ehcp"];
const WORDS = ["autism", "sleep", "swimming", "job", "friends", "anxiety", "sensory", "college", "music", "transport"];
let unseen = 0;

/** Weighted like a council's day: mostly finding services; one request in ten from a signed-in officer. */
const MIX: [number, () => Request][] = [
  [12, () => ({ route: "home", method: "GET", path: "/" })],
  [20, () => ({ route: "popular search", method: "GET", path: `/services?q=${encodeURIComponent(pick(POPULAR))}` })],
  [
    14,
    () => {
      const n = unseen++;
      const need = NEED_TERMS[n % NEED_TERMS.length].code;
      const area = AREA_TERMS[Math.floor(n / NEED_TERMS.length) % AREA_TERMS.length].code;
      return { route: "new search", method: "GET", path: `/services?q=${pick(WORDS)}+${n}&need=${need}&area=${area}` };
    },
  ],
  [16, () => ({ route: "listing page", method: "GET", path: `/services/${pick(slugs)}` })],
  [6, () => ({ route: "advice page", method: "GET", path: `/advice/${pick(adviceSlugs)}` })],
  [
    8,
    () => ({ route: "ORUK API", method: "GET", path: `/api/oruk/services?page=${1 + Math.floor(Math.random() * 50)}` }),
  ],
  [1, () => ({ route: "CSV export", method: "GET", path: "/api/oruk/export.csv" })],
  [
    3,
    () => ({
      route: "helpful post",
      method: "POST",
      path: "/feedback/helpful",
      body: new URLSearchParams({ page: "/services", answer: pick(["yes", "no"]) }).toString(),
    }),
  ],
  [5, () => ({ route: "signed-in search", method: "GET", path: "/services?q=autism", signedIn: true })],
  [
    5,
    () => ({ route: "signed-in staff page", method: "GET", path: pick(["/admin", "/admin/review"]), signedIn: true }),
  ],
];
const TOTAL_WEIGHT = MIX.reduce((sum, [w]) => sum + w, 0);
function nextRequest(): Request {
  let r = Math.random() * TOTAL_WEIGHT;
  for (const [weight, make] of MIX) if ((r -= weight) < 0) return make();
  return MIX[0][1]();
}

// "error ECONNRESET" and the like: a dropped connection, with the code that says how.
type Outcome = { route: string; ms: number; status: number | "timeout" | `error ${string}` };
const dropped = (e: NodeJS.ErrnoException) => `error ${e.code ?? e.message}` as const;
const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });

function send(req: Request): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (status: Outcome["status"]) => resolve({ route: req.route, ms: performance.now() - started, status });
    const headers: http.OutgoingHttpHeaders = { "user-agent": "bench-load (Mozilla/5.0 compatible)" };
    if (req.signedIn) headers.cookie = `authjs.session-token=${sessionToken}`;
    if (req.body) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      headers["content-length"] = Buffer.byteLength(req.body);
    }
    const r = http.request(`${base}${req.path}`, { method: req.method, headers, agent, timeout: TIMEOUT_MS }, (res) => {
      res.resume();
      res.on("end", () => done(res.statusCode ?? 0));
      res.on("error", (e) => done(dropped(e)));
    });
    r.on("timeout", () => {
      r.destroy();
      done("timeout");
    });
    r.on("error", (e) => done(dropped(e)));
    r.end(req.body);
  });
}

/** CONNECTIONS requests in flight at all times for `seconds`; `at(elapsed)` runs once a second. */
async function drive(seconds: number, at: (elapsed: number) => Promise<void> = async () => {}): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const end = Date.now() + seconds * 1000;
  const start = Date.now();
  let tick = 0;
  const ticker = (async () => {
    while (Date.now() < end) {
      await new Promise((r) => setTimeout(r, 1000));
      await at(++tick);
    }
  })();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) outcomes.push(await send(nextRequest()));
    }),
  );
  await ticker;
  console.log(`  ${outcomes.length} requests in ${((Date.now() - start) / 1000).toFixed(0)} s`);
  return outcomes;
}

// An officer's approved edit every 2 s, through the outbox like every approval.
const edits: { slug: string; name: string }[] = [];
async function editEveryOtherSecond(elapsed: number): Promise<void> {
  if (elapsed % 2) return;
  const slug = slugs[edits.length % slugs.length];
  // A made-up word of letters only, so a search for it finds this listing and nothing else.
  const word = Array.from(crypto.randomBytes(8), (b) => String.fromCharCode(97 + (b % 26))).join("");
  const name = `Load edit ${word}`;
  await renameBenchService(slug, name);
  edits.push({ slug, name });
}

// --- the runs -------------------------------------------------------------------------------------------
type Run = { title: string; outcomes: Outcome[]; memoryBefore: number; memoryAfter: number; seconds: number };
const runs: Run[] = [];
// Warm-up: routes compiled, caches filled and the heap grown to its working size, so memory growth
// measures the run, not start-up.
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS) || 20;
// The server's memory every 10 s from the start of the warm-up: a leak climbs steadily to the end, a heap
// growing to its working size flattens out. Two readings (before, after) cannot tell those apart.
const memorySeries: number[] = [serverMemoryMb()];
const sampler = setInterval(() => memorySeries.push(serverMemoryMb()), 10_000);
await drive(WARM_UP_SECONDS);

for (const killHalfway of [false, true]) {
  const title = killHalfway ? `Meilisearch killed after ${SECONDS / 2} s` : "Meilisearch up throughout";
  console.log(`${title}: ${SECONDS} s at ${CONNECTIONS} connections…`);
  const memoryBefore = serverMemoryMb();
  const outcomes = await drive(SECONDS, async (elapsed) => {
    await editEveryOtherSecond(elapsed);
    if (killHalfway && elapsed === SECONDS / 2) {
      const [pid] = fs.readFileSync(path.join(meiliDir, "meili.pid"), "utf8").trim().split(/\s+/).map(Number);
      process.kill(pid, "SIGKILL");
      console.log("  Meilisearch killed");
    }
  });
  runs.push({ title, outcomes, memoryBefore, memoryAfter: serverMemoryMb(), seconds: SECONDS });
}

clearInterval(sampler);
memorySeries.push(serverMemoryMb());

// Meilisearch back on the same port: every edit queued while it was down must reach it.
meili = await startEmbeddedMeilisearch({ dir: meiliDir, port: meiliPort, attach: false, log: () => {} });
const backAt = Date.now();
let pending = -1;
while (Date.now() - backAt < 120_000) {
  pending = await db().searchOutbox.count({ where: { processedAt: null } });
  if (pending === 0) break;
  await new Promise((r) => setTimeout(r, 500));
}
const drainedSeconds = (Date.now() - backAt) / 1000;
const { MeilisearchEngine } = await import("@/lib/search/query/meilisearch-engine");
const engine = new MeilisearchEngine({ url: meili!.url, queryTimeoutMs: 5000 });
const { loadThesaurus } = await import("@/lib/thesaurus/store");
const { understandQuery } = await import("@/lib/search/query/understand");
const { entries } = await loadThesaurus();
// Each listing's latest name (a listing may have been renamed twice) must be what Meilisearch finds.
const latest = new Map(edits.map((e) => [e.slug, e.name]));
let missing = 0;
for (const [slug, name] of latest) {
  const words = understandQuery(name.split(" ").slice(-1)[0], entries).terms;
  const found = await engine.query({
    terms: words,
    filters: { needs: [], categories: [], areas: [] },
    offset: 0,
    limit: 5,
  });
  if (!found.cards.some((c) => c.slug === slug)) missing++;
}

server.kill("SIGTERM");
await new Promise((r) => server.once("exit", r));
await meili?.stop();
await db().$disconnect();
await database.stop();

// --- the report -----------------------------------------------------------------------------------------
const percentile = (sorted: number[], p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]);
const isError = (o: Outcome) => typeof o.status !== "number" || o.status >= 500 || o.status === 0;
const routes = MIX.map(([, make]) => make().route);

function table(run: Run): string[] {
  const lines = [
    "| Route | requests | p50 (ms) | p95 (ms) | p99 (ms) | statuses | errors |",
    "|---|---:|---:|---:|---:|---|---:|",
  ];
  for (const route of [...routes, "all"]) {
    const mine = route === "all" ? run.outcomes : run.outcomes.filter((o) => o.route === route);
    if (!mine.length) continue;
    const ms = mine.map((o) => o.ms).sort((a, b) => a - b);
    const statuses = new Map<string, number>();
    for (const o of mine) statuses.set(String(o.status), (statuses.get(String(o.status)) ?? 0) + 1);
    const statusText = [...statuses]
      .sort()
      .map(([s, n]) => `${s}: ${n}`)
      .join(", ");
    const errors = mine.filter(isError).length;
    const name = route === "all" ? "**all**" : route;
    lines.push(
      `| ${name} | ${mine.length} | ${percentile(ms, 0.5)} | ${percentile(ms, 0.95)} | ${percentile(ms, 0.99)} | ${statusText} | ${errors} |`,
    );
  }
  return lines;
}

function memoryLine(run: Run): string {
  const growth = Math.round(((run.memoryAfter - run.memoryBefore) / run.memoryBefore) * 100);
  const rps = Math.round(run.outcomes.length / run.seconds);
  const memory = `${run.memoryBefore} MB before, ${run.memoryAfter} MB after (${growth >= 0 ? "+" : ""}${growth} %)`;
  return `${rps} requests a second; server memory ${memory}.`;
}

const when = new Date().toISOString().slice(0, 16).replace("T", " ");
const totalErrors = runs.reduce((n, r) => n + r.outcomes.filter(isError).length, 0);
const section = [
  "## Load (`npm run bench:load`)",
  "",
  `${when} UTC, ${os.cpus().length} cores (load generator, server, PostgreSQL and Meilisearch on the same machine), ` +
    `${COUNT} generated listings and ${adviceSlugs.length} advice pages.`,
  `${CONNECTIONS} connections kept busy for ${SECONDS} s per run (after a ${WARM_UP_SECONDS} s warm-up), ` +
    "against the production server",
  "(`scripts/serve.ts` on a `next build`, its public page cache on). One request in ten is from a signed-in officer",
  "(never cached). An officer's edit is approved every 2 s through the search outbox. Errors are 5xx responses,",
  `timeouts (${TIMEOUT_MS / 1000} s) and dropped connections; 429 is the feedback rate limit (stored in PostgreSQL) doing its job.`,
  "",
  ...runs.flatMap((run) => [`### ${run.title}`, "", memoryLine(run), "", ...table(run), ""]),
  `Server memory every 10 s from the start of the warm-up to the end of the second run (MB): ${memorySeries.join(", ")}.`,
  "",
  `**Errors across both runs: ${totalErrors}.** Edits approved: ${edits.length}.`,
  `After Meilisearch came back the outbox had ${pending} rows left after ${drainedSeconds.toFixed(1)} s;`,
  `${missing} of ${latest.size} edited listings were missing their latest name in Meilisearch (0: nothing lost).`,
  "",
  "Targets from issue 14: 0 errors, memory growth under 10 %, nothing lost from the outbox.",
];

writeBenchmarkSection("load", section);
console.log(section.join("\n"));
process.exit(totalErrors === 0 && missing === 0 && pending === 0 ? 0 : 1);
