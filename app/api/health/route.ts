// GET /api/health — the readiness check under its first name (/api/health/ready), kept for
// existing monitors and the end-to-end tests' start-up wait.
import { loadReadiness } from "@/lib/platform/health/loaders";

export const dynamic = "force-dynamic";

export async function GET() {
  const { ok, report } = await loadReadiness();
  return Response.json(report, { status: ok ? 200 : 503 });
}
