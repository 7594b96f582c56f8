// GET /api/health/ready — for load balancers and the admin area: 200 when the database answers,
// 503 with a reason when it does not (within 1.5 s, whatever it is doing) or has migrations still to
// apply, or when no search engine answers (PostgreSQL answering for Meilisearch is ready); which one serves.
import { loadReadiness } from "@/lib/platform/health/loaders";

export const dynamic = "force-dynamic";

export async function GET() {
  const { ok, report } = await loadReadiness();
  // Never kept by a browser, proxy or CDN: each check must reach this server.
  return Response.json(report, { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
