// GET /api/health — for load balancers and the admin area: is the database answering, and which
// search engine is serving? (Search degrades to PostgreSQL on its own, so it never fails the check.)
import { loadHealth } from "@/lib/platform/health/loaders";

export const dynamic = "force-dynamic";

export async function GET() {
  const { ok, report } = await loadHealth();
  return Response.json(report, { status: ok ? 200 : 503 });
}
