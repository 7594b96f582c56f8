// GET /api/health — for load balancers and the admin area: is the database answering?
import { checkDatabase } from "@/lib/health/data";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  const ok = database.status === "ok";
  return Response.json({ status: ok ? "ok" : "degraded", database }, { status: ok ? 200 : 503 });
}
