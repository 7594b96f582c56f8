// GET /api/oruk/organizations — organisations with at least one published service, paginated.
import { listOrganisations } from "@/lib/oruk/api";
import { orukOptions, orukRoute } from "@/lib/oruk/http";

export const dynamic = "force-dynamic";

export const GET = orukRoute(async (request: Request) => listOrganisations(new URL(request.url)));
export const OPTIONS = orukOptions;
