// npm run import:oruk -- <file-or-url> [--publish] [--dry-run] [--source NAME] [--report FILE]
//   [--batch N (listings per transaction, default 50)] [--concurrency N (transactions at a time, default 4)]
// Imports another directory's Open Referral UK feed (3.0, or the older v1 list shape) into the
// database `npm start` uses. Imported services are drafts for officers to review unless
// --publish is given; a changed record of a live listing becomes a change waiting for approval
// (approved at once with --publish). Progress goes to stderr; the last line on stdout is exactly
// `imported N, updated U, for review R, unchanged C, skipped S, needing contact details D` (D of the
// imported and updated listings are drafts because no contact details were found anywhere); every
// skipped record and its reason, and every listing needing contact details, is in the report file.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { db } from "@/lib/platform/db";
import { readFeed, sourceNameOf } from "@/lib/oruk/feed";
import { importFeed } from "@/lib/oruk/import";
import { dataDir } from "@/lib/platform/runtime/database";
import { startMeilisearch } from "@/lib/platform/runtime/meilisearch";
import { prepareDatabase } from "@/lib/platform/runtime/prepare";
import { processSearchOutbox } from "@/lib/search/sync/indexer";
import { ensureVocabulary } from "@/lib/taxonomy/mutations";
import { drawProgress } from "@/lib/oruk/progress";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    publish: { type: "boolean", default: false },
    "dry-run": { type: "boolean", default: false },
    source: { type: "string" },
    report: { type: "string" },
    concurrency: { type: "string", default: "4" },
    batch: { type: "string", default: "50" },
  },
});

const location = positionals[0];
if (!location) {
  console.error("Usage: npm run import:oruk -- <file-or-url> [--publish] [--dry-run] [--source NAME] [--report FILE]");
  process.exit(2);
}
const log = (m: string) => console.error(m);
// A site's page must fail fast when the database hangs (3 seconds a statement, db-timeouts.ts); an
// import on a busy machine must not: a re-import that publishes 700 drafts lost a few records to
// that limit, a different few each time. The operator's own setting still wins.
process.env.DATABASE_QUERY_TIMEOUT_MS ??= "60000";
const source = values.source ?? sourceNameOf(location);

const database = await prepareDatabase(log);
// The site's Meilisearch (attached when running, else started for the import) so imports reach it.
const meilisearch = values["dry-run"] ? undefined : await startMeilisearch(log);
if (meilisearch) process.env.MEILISEARCH_URL = meilisearch.url;
let exitCode = 0;
try {
  await db().$transaction((tx) => ensureVocabulary(tx), { timeout: 30_000 });
  log(`Reading ${location} …`);
  const records = await readFeed(location, log);
  log(`${records.length} records from "${source}"${values["dry-run"] ? " (dry run: nothing will be saved)" : ""}.`);
  const started = Date.now();
  const report = await importFeed(records, {
    source,
    publish: values.publish,
    dryRun: values["dry-run"],
    concurrency: Math.max(1, Number(values.concurrency) || 4),
    batchSize: Math.max(1, Number(values.batch) || 50),
    onProgress: (done, total) => drawProgress(done, total, started),
  });
  if (!values["dry-run"] && report.imported + report.updated > 0) {
    // Published imports must reach search: PostgreSQL's index was updated with each listing;
    // this brings Meilisearch (when configured) up to date now rather than at the site's next poll.
    const run = await processSearchOutbox({ batchSize: 1000 });
    log(
      run.error
        ? `Search will catch up later (${run.failed} changes waiting): ${run.error}`
        : `Search index updated (${run.processed} changes).`,
    );
  }
  const reportFile = path.resolve(
    values.report ?? path.join(dataDir(), "import-reports", `${source}-${report.startedAt.replace(/[:.]/g, "-")}.json`),
  );
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  fs.writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  log(`Took ${((Date.now() - started) / 1000).toFixed(1)} s. Report with every skipped record: ${reportFile}`);
  if (!values.publish && !values["dry-run"])
    log("Imported services are drafts: officers publish them after review (or import with --publish).");
  if (report.forReview > 0)
    log(`${report.forReview} changes to live listings wait for an officer's approval at /admin/review.`);
  if (report.needsContact > 0)
    log(
      `${report.needsContact} listings have no contact details anywhere in the feed: they are drafts (never ` +
        `published by --publish) until an officer adds a phone number, email or web address. The report lists them.`,
    );
  console.log(
    `imported ${report.imported}, updated ${report.updated}, for review ${report.forReview}, ` +
      `unchanged ${report.unchanged}, skipped ${report.skipped}, needing contact details ${report.needsContact}`,
  );
} catch (error) {
  console.error(`The import stopped: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await db().$disconnect();
  await meilisearch?.stop();
  await database.stop();
}
process.exit(exitCode);
