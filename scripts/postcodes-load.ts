// npm run postcodes:load -- FILE.csv
// Loads the ONS Postcode Directory (ONSPD) CSV into PostgreSQL, so a full postcode in the results page's
// postcode field ("FY4 2AB") sorts services by distance from it. Without it, postcode districts ("FY4")
// answer from the centroids bundled in lib/geo/postcode-districts.ts. Loading the same file again changes
// nothing; a newer edition updates moved and ended postcodes. The last line on stdout is exactly
// `loaded N, skipped S (no grid reference G, not a postcode B)`.
import fs from "node:fs";
import { db } from "@/lib/platform/db";
import { prepareDatabase } from "@/lib/platform/runtime/prepare";
import { loadOnspd } from "@/lib/geo/load-onspd";

const file = process.argv.slice(2).find((a) => !a.startsWith("-"));
if (!file) {
  console.error("Usage: npm run postcodes:load -- FILE.csv (the ONS Postcode Directory's Data/ONSPD_*.csv file)");
  process.exit(2);
}
if (!fs.existsSync(file)) {
  console.error(`There is no file at ${file}. Give the path of the ONS Postcode Directory CSV file.`);
  process.exit(2);
}

const database = await prepareDatabase((m) => console.error(m));
let exitCode = 0;
try {
  const started = Date.now();
  const report = await loadOnspd(file, {
    progress: (read) => process.stderr.isTTY && process.stderr.write(`${read.toLocaleString("en-GB")} rows read\r`),
  });
  if (process.stderr.isTTY) process.stderr.write("\n");
  const skipped = report.skippedNoLocation + report.skippedBad;
  console.error(`Took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(
    `loaded ${report.loaded}, skipped ${skipped} (no grid reference ${report.skippedNoLocation}, ` +
      `not a postcode ${report.skippedBad})`,
  );
} catch (error) {
  console.error(`The postcodes were not loaded: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await db().$disconnect();
  await database.stop();
}
process.exit(exitCode);
