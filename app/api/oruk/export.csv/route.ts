// GET /api/oruk/export.csv — every published service as CSV, streamed in batches so a large
// directory never sits in memory whole. Linked from the admin area; open like the rest of the API.
import { csvHeader, csvRow } from "@/lib/oruk/csv";
import { CORS_HEADERS, orukOptions, orukRoute } from "@/lib/oruk/http";
import { loadPublishedServiceBatches } from "@/lib/oruk/loaders";

export const dynamic = "force-dynamic";

export const GET = orukRoute(async () => {
  const encoder = new TextEncoder();
  const batches = loadPublishedServiceBatches();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      // The byte-order mark makes Excel read the file as UTF-8 (names with accents, "£").
      controller.enqueue(encoder.encode(`\uFEFF${csvHeader()}`));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map(csvRow).join("")));
    },
  });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      ...CORS_HEADERS,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="local-offer-services-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}, "export");
export const OPTIONS = orukOptions;
