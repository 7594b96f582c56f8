// GET /api/health/live — is the web server process up? Always 200 while it can answer at all; it
// never touches the database, so a database outage is reported by /api/health/ready alone and an
// orchestrator does not restart servers that would only come back to the same database.
import { loadLiveness } from "@/lib/platform/health/loaders";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(loadLiveness(), { headers: { "cache-control": "no-store" } });
}
