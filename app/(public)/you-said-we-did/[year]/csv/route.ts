// The annual report's published comments as a CSV file: the anonymised text, response and action
// only, with spreadsheet-formula protection (lib/platform/csv.ts).
import { loadAnnualReportCsv } from "@/lib/feedback/publish/loaders";
import { csvDownload } from "@/lib/platform/csv";

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const text = (await params).year;
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= 2000 && year <= 2100)) return new Response("Page not found", { status: 404 });
  return csvDownload(`you-said-we-did-${year}.csv`, await loadAnnualReportCsv(year));
}
