// GET /api/oruk/service_at_locations — where published services are delivered, paginated;
// postcode and proximity narrow.
import { listServiceAtLocations } from "@/lib/oruk/api";
import { orukOptions, orukRoute } from "@/lib/oruk/http";

export const dynamic = "force-dynamic";

export const GET = orukRoute(async (request: Request) => listServiceAtLocations(new URL(request.url)));
export const OPTIONS = orukOptions;
