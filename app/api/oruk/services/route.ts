// GET /api/oruk/services — published services, paginated, with the standard's filters (Open Referral UK 3.0).
import { listServices } from "@/lib/oruk/api";
import { orukOptions, orukRoute } from "@/lib/oruk/http";

export const dynamic = "force-dynamic";

export const GET = orukRoute(async (request: Request) => listServices(new URL(request.url)));
export const OPTIONS = orukOptions;
