// GET /api/health — for load balancers and the admin area: is the database answering, and which
// search engine is serving? (Search degrades to PostgreSQL on its own, so it never fails the check.)
import { checkDatabase } from "@/lib/platform/health/data";
import { checkSearch } from "@/lib/search/query/status";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  const ok = database.status === "ok";
  const search = ok ? await checkSearch().catch(() => undefined) : undefined;
  return Response.json({ status: ok ? "ok" : "degraded", database, search }, { status: ok ? 200 : 503 });
}
