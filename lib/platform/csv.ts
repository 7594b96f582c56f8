// One small CSV writer for every export (reports, feedback). Pure: no I/O, no Prisma.
//
// RFC 4180: cells separated by commas, every row ends with CRLF, a cell holding a comma,
// a double quote, CR or LF is wrapped in double quotes with its quotes doubled.
//
// Spreadsheet formula protection (OWASP "CSV injection"): text a family or provider typed
// can start with = + - @ tab or CR, which Excel and LibreOffice would run as a formula
// (e.g. =HYPERLINK to leak data). Such text gets a leading ' so it shows as typed. Real
// numbers are left alone so they stay numbers a commissioner can sum: -5 is not a formula.

export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",") + "\r\n").join("");
}

// Excel assumes a legacy code page for a CSV without a byte-order mark, so "£" and
// accented names would come out garbled; the BOM makes it read UTF-8.
const BOM = "\uFEFF";

/** A route handler's response: the rows as a downloaded UTF-8 CSV file. */
export function csvDownload(fileName: string, rows: readonly (readonly CsvValue[])[]): Response {
  // Only safe characters in the header: no quotes or line breaks can reach it.
  const safeName = fileName.replace(/[^A-Za-z0-9._-]+/g, "-");
  return new Response(BOM + toCsv(rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${safeName}"`,
      // Reports are for signed-in officers only: never keep a copy in a shared cache.
      "cache-control": "private, no-store",
    },
  });
}
