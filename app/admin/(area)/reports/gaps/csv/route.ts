// The gaps report's figures as a spreadsheet: the same loader as the page, so the same people
// (officers and admins) get the same numbers; anyone else gets the sign-in page or "not found".
import { csvDownload } from "@/lib/platform/csv";
import { gapsCsvRows } from "@/lib/reports/gaps/csv-rows";
import { loadGapsReport } from "@/lib/reports/gaps/loaders";
import { isoDay } from "@/lib/reports/period";

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const report = await loadGapsReport(params);
  const to = new Date(report.period.to.getTime() - 1);
  return csvDownload(`gaps-in-provision-${isoDay(report.period.from)}-to-${isoDay(to)}.csv`, gapsCsvRows(report));
}
