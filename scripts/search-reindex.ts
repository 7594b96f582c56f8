// npm run search:reindex — rebuilds the search indexes (Meilisearch and PostgreSQL) from the
// published listings in PostgreSQL, with a progress bar. Safe while the site runs: Meilisearch
// is rebuilt into a fresh index and swapped in at the end.
import { db } from "@/lib/platform/db";
import { startMeilisearch } from "@/lib/platform/runtime/meilisearch";
import { prepareDatabase } from "@/lib/platform/runtime/prepare";
import { prepareSearch } from "@/lib/search/sync/prepare";

function progressBar(done: number, total: number): void {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  const line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`;
  if (process.stdout.isTTY) process.stdout.write(`\r${line}${done >= total ? "\n" : ""}`);
  else if (done === total || done % 5000 === 0) console.log(line);
}

const database = await prepareDatabase(() => {});
const meilisearch = await startMeilisearch();
if (meilisearch) process.env.MEILISEARCH_URL = meilisearch.url;
const started = Date.now();
try {
  await prepareSearch({ onProgress: progressBar });
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await db().$disconnect();
  await meilisearch?.stop();
  await database.stop();
}
