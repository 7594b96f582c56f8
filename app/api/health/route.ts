// GET /api/health — the readiness check under its first name (/api/health/ready), kept for
// existing monitors and the end-to-end tests' start-up wait.
import { loadReadiness } from "@/lib/platform/health/loaders";

export const dynamic = "force-dynamic";

export async function GET() {
  const { ok, report } = await loadReadiness();
  // Never kept by a browser, proxy or CDN: each check must reach this server.
  return Response.json(report, { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
