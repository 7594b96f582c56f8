// GET /api/health/ready — for load balancers and the admin area: 200 when the database answers,
// 503 when it does not (within 1.5 s, whatever it is doing), and which search engine is serving.
import { loadReadiness } from "@/lib/platform/health/loaders";

export const dynamic = "force-dynamic";

export async function GET() {
  const { ok, report } = await loadReadiness();
  return Response.json(report, { status: ok ? 200 : 503 });
}
