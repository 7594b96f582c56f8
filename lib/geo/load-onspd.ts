// Loads an ONS Postcode Directory CSV (ONSPD, open data from the ONS Open Geography Portal) into
// OnsPostcode, reading it a line at a time: the full file is about 1.4 GB and 2.7 million rows.
import "server-only";
import fs from "node:fs";
import readline from "node:readline";
import { AppError } from "@/lib/platform/app-error";
import type { OnsPostcodeRow } from "./data";
import { upsertOnsPostcodes } from "./mutations";
import { parsePostcode } from "./postcode-field";

/** ONSPD's own column names: the ones a council needs of its 50 or so. */
export const ONSPD_COLUMNS = ["pcds", "lat", "long", "doterm"] as const;
// ONSPD gives a postcode with no grid reference a latitude of 99.999999: it has no place to measure from.
const NO_GRID_REFERENCE = 99;

export type LoadReport = { read: number; loaded: number; skippedNoLocation: number; skippedBad: number };

/** One CSV line into fields: commas, double quotes and "" inside quotes (ONSPD quotes every text field). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) {
      out.push(field);
      field = "";
    } else field += c;
  }
  out.push(field);
  return out;
}

function columnsOf(header: string[], file: string): Record<(typeof ONSPD_COLUMNS)[number], number> {
  const names = header.map((h) =>
    h
      .trim()
      .replace(/^\uFEFF/, "")
      .toLowerCase(),
  );
  const missing = ONSPD_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length)
    throw new AppError(
      "invalid",
      `${file} is not an ONS Postcode Directory file: it has no ${missing.join(", ")} column` +
        `${missing.length > 1 ? "s" : ""}. Download the ONSPD CSV from the ONS Open Geography Portal and ` +
        `load its Data/ONSPD_*.csv file (the one with the columns ${ONSPD_COLUMNS.join(", ")}).`,
    );
  return Object.fromEntries(ONSPD_COLUMNS.map((c) => [c, names.indexOf(c)])) as never;
}

/** Reads the file, upserting `batchSize` rows at a time; `progress` is told the rows read so far. */
export async function loadOnspd(
  file: string,
  options: { batchSize?: number; progress?: (read: number) => void } = {},
): Promise<LoadReport> {
  const batchSize = options.batchSize ?? 5000;
  const lines = readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity });
  const report: LoadReport = { read: 0, loaded: 0, skippedNoLocation: 0, skippedBad: 0 };
  let at: ReturnType<typeof columnsOf> | undefined;
  let batch: OnsPostcodeRow[] = [];
  const flush = async () => {
    await upsertOnsPostcodes(batch);
    report.loaded += batch.length;
    batch = [];
    options.progress?.(report.read);
  };
  for await (const line of lines) {
    if (!line.trim()) continue;
    const fields = splitCsvLine(line);
    if (!at) {
      at = columnsOf(fields, file);
      continue;
    }
    report.read++;
    const postcode = parsePostcode(fields[at.pcds] ?? "");
    const lat = Number(fields[at.lat]);
    const lng = Number(fields[at.long]);
    if (!postcode || postcode.kind !== "full" || !Number.isFinite(lat) || !Number.isFinite(lng)) {
      report.skippedBad++;
      continue;
    }
    if (lat > NO_GRID_REFERENCE || fields[at.lat].trim() === "") {
      report.skippedNoLocation++;
      continue;
    }
    const doterm = (fields[at.doterm] ?? "").trim();
    batch.push({ pcds: postcode.postcode, lat, lng, doterm: /^\d{6}$/.test(doterm) ? doterm : null });
    if (batch.length >= batchSize) await flush();
  }
  if (!at) throw new AppError("invalid", `${file} is empty. Load the ONS Postcode Directory CSV file.`);
  await flush();
  return report;
}
