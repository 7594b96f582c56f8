// npm run bench:import — imports 10,000 generated ORUK 3.0 services into a fresh database and
// reports the time until they are imported and searchable. Uses its own data directory
// (BENCH_DATA_DIR, default .data-bench-import), wiped first, never the site's database.
// Options: --count N (default 10000), --concurrency N (default 4), --keep (leave the data dir).
import fs from "node:fs";
import { writeBenchmarkSection } from "@/lib/platform/benchmarks-doc";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    concurrency: { type: "string", default: "4" },
    batch: { type: "string", default: "50" },
    keep: { type: "boolean", default: false },
  },
});
const count = Number(values.count);
const dir = path.resolve(process.env.BENCH_DATA_DIR || ".data-bench-import");
// Set before lib/platform/db or the runtime are imported, so nothing can reach the site's database.
process.env.DATA_DIR = dir;
delete process.env.DATABASE_URL;
delete process.env.PGPORT;
// Bulk statements (a thousand listings at a time, whole reindexes) may outlast the site's 3 s limit.
process.env.DATABASE_QUERY_TIMEOUT_MS ||= "0";
delete process.env.MEILISEARCH_URL; // never the site's index: an embedded Meilisearch in the bench dir
fs.rmSync(dir, { recursive: true, force: true });

const { db } = await import("@/lib/platform/db");
const { readFeed } = await import("@/lib/oruk/feed");
const { importFeed } = await import("@/lib/oruk/import");
const { drawProgress } = await import("@/lib/oruk/progress");
const { prepareDatabase } = await import("@/lib/platform/runtime/prepare");
const { ensureVocabulary } = await import("@/lib/taxonomy/mutations");
const { processSearchOutbox } = await import("@/lib/search/sync/indexer");
const { prepareSearch } = await import("@/lib/search/sync/prepare");
const { startMeilisearch } = await import("@/lib/platform/runtime/meilisearch");
const { searchServiceIds } = await import("@/lib/search/query/search");

// A small deterministic generator (mulberry32), so every run imports the same feed.
let seed = 20261123;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
const uuid = () =>
  "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, (c) =>
    ((c === "x" ? random() * 16 : (random() * 4) | 8) | 0).toString(16),
  );

const KINDS = [
  "Swimming club",
  "Speech drop-in",
  "Parent support group",
  "Short breaks",
  "Youth club",
  "Sensory play",
  "Careers advice",
  "Physio clinic",
];
const AUDIENCES = [
  "Autism",
  "ADHD",
  "Mental Health",
  "Learning Disabilities",
  "Wheelchair Users",
  "Deaf",
  "Visually Impaired",
  "Parents",
  "Carers",
];
const TOWNS = [
  ["Seabourne", "FY1"],
  ["Thornby", "FY5"],
  ["Marsh End", "FY6"],
  ["Southcliffe", "FY4"],
  ["Hollins Park", "FY3"],
] as const;
const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA"];

// A made-up word unique to each service (letters only, as search ignores codes with digits).
const probeWord = (i: number) => `zorbl${String(i).replace(/\d/g, (d) => "abcdefghij"[Number(d)])}`;

function generateService(i: number, organisations: { id: string; name: string }[]) {
  const id = uuid();
  const [town, district] = pick(TOWNS);
  const min = Math.floor(random() * 12);
  const organization = pick(organisations);
  return {
    id,
    name: `${pick(KINDS)} ${i + 1} in ${town}`,
    description: `<p>A ${pick(["friendly", "small", "relaxed"])} service in ${town} for children aged ${min} to ${min + 8}.</p><p>Benchmark word ${probeWord(i)}. Booking is &amp; always will be easy.</p>`,
    url: `https://example.org/services/${i}`,
    email: `service${i}@example.org`,
    status: "active",
    minimum_age: min,
    maximum_age: min + 8,
    organization_id: organization.id,
    organization: { ...organization, description: `${organization.name} runs services across the borough.` },
    contacts: [
      {
        id: uuid(),
        name: "Enquiries",
        phones: [{ id: uuid(), number: `01632 96${String(i % 10000).padStart(4, "0")}` }],
      },
    ],
    service_at_locations: [
      {
        id: uuid(),
        location: {
          id: uuid(),
          name: `${town} Centre ${i % 200}`,
          latitude: 53.8 + random() / 10,
          longitude: -3 - random() / 10,
          addresses: [
            { address_1: `${1 + (i % 99)} High Street`, city: town, postal_code: `${district} ${1 + (i % 9)}AB` },
          ],
        },
      },
    ],
    schedules: [{ id: uuid(), byday: pick(DAYS), opens_at: "10:00", closes_at: "12:00" }],
    attributes: [{ id: uuid(), taxonomy_term: { id: uuid(), name: pick(AUDIENCES) } }],
  };
}

const database = await prepareDatabase(() => {});
if (process.env.BENCH_ASYNC_COMMIT)
  process.env.DATABASE_URL = `${process.env.DATABASE_URL}?options=${encodeURIComponent("-c synchronous_commit=off")}`;
const meilisearch = await startMeilisearch(() => {});
if (meilisearch) process.env.MEILISEARCH_URL = meilisearch.url;
try {
  await db().$transaction((tx) => ensureVocabulary(tx), { timeout: 30_000 });
  await prepareSearch({ log: () => {} }); // thesaurus and an empty, configured index: setup, not timed
  const organisations = Array.from({ length: Math.max(1, Math.round(count / 20)) }, (_, i) => ({
    id: uuid(),
    name: `Provider ${i + 1}`,
  }));
  const feedFile = path.join(dir, "generated-feed.json");
  fs.writeFileSync(
    feedFile,
    JSON.stringify({
      total_items: count,
      total_pages: 1,
      contents: Array.from({ length: count }, (_, i) => generateService(i, organisations)),
    }),
  );
  console.error(
    `Generated ${count} ORUK 3.0 services (${(fs.statSync(feedFile).size / 1e6).toFixed(1)} MB) from ${organisations.length} organisations.`,
  );

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const startedWall = Date.now();
  const records = await readFeed(feedFile);
  const report = await importFeed(records, {
    source: "bench",
    publish: true,
    concurrency: Number(values.concurrency),
    batchSize: Number(values.batch),
    onProgress: (done, total) => drawProgress(done, total, startedWall),
  });
  const imported = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  // Big batches: Meilisearch indexes a few large additions much faster than many small ones.
  const outbox = await processSearchOutbox({ batchSize: 2000 });
  const searchable = performance.now();
  const probe = await searchServiceIds(probeWord(count - 1), 10);
  const found = await db().service.count({ where: { id: { in: probe }, name: { contains: ` ${count} in ` } } });

  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  console.log(`records: ${count}; imported ${report.imported}, updated ${report.updated}, skipped ${report.skipped}`);
  for (const s of report.skippedRecords.slice(0, 3)) console.log(`skipped ${s.id}: ${s.reason}`);
  console.log(
    `imported in ${seconds(imported - started)} s (${Math.round((report.imported / (imported - started)) * 1000)}/s, concurrency ${values.concurrency})`,
  );
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const loadAverage = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  console.log(
    `importer CPU: ${seconds(cpuMs)} s (${(cpuMs / count).toFixed(1)} ms per record); load average ${loadAverage}`,
  );
  console.log(
    `search outbox: ${outbox.processed} rows processed in ${seconds(searchable - imported)} s${outbox.error ? ` (error: ${outbox.error})` : ""}; engines: ${meilisearch ? "Meilisearch + PostgreSQL" : "PostgreSQL (no Meilisearch binary)"}`,
  );
  console.log(`imported and searchable: ${seconds(searchable - started)} s (target 60 s)`);
  console.log(
    `last service found by search: ${found > 0 ? "yes" : probe.length ? "a search answered, but not with it" : "no"}`,
  );
  if (count === 10_000) {
    const file = writeBenchmarkSection("import", [
      "## Import (`npm run bench:import`)",
      "",
      `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${os.cpus().length} cores, ${count.toLocaleString("en-GB")} generated ORUK 3.0 services from ${organisations.length} organisations`,
      "(each with a contact and phone, a venue, opening times and a taxonomy term; HTML descriptions), imported with",
      `\`--publish\` into a fresh embedded PostgreSQL${meilisearch ? " and embedded Meilisearch" : ""}: ${values.batch} listings per transaction, ${values.concurrency} transactions at a time.`,
      `Load average at the end ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(", ")} (other work on the machine slows every step).`,
      "",
      "| Step | Time |",
      "|---|---:|",
      `| Read the feed, map and clean every record, write organisations and listings (each listing's PostgreSQL search document in the same transaction) | ${seconds(imported - started)} s (${Math.round((report.imported / (imported - started)) * 1000)}/s) |`,
      `| Search outbox into ${meilisearch ? "Meilisearch" : "the engines"} | ${seconds(searchable - imported)} s |`,
      `| **Imported and searchable** | **${seconds(searchable - started)} s** (target ≤ 60 s) |`,
      "",
      `- Imported ${report.imported}, skipped ${report.skipped}; importer CPU ${((cpu.user + cpu.system) / 1000 / count).toFixed(1)} ms per record.`,
      `- The last service was found by a search for a word only it contains: ${found > 0 ? "yes" : "no"}.`,
      "- New listings are written together per transaction (`writeNewListings`); listings already imported are",
      "  updated one by one through `writeListing`, so a re-import is slower than a first import.",
    ]);
    console.error(`Wrote the import section of ${file}.`);
  }
} finally {
  await db().$disconnect();
  await meilisearch?.stop();
  await database.stop();
  if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
