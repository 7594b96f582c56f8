// GET /api/oruk/taxonomies — our vocabularies (needs, categories, age groups, areas), paginated.
import { listTaxonomies } from "@/lib/oruk/api";
import { orukOptions, orukRoute } from "@/lib/oruk/http";

export const dynamic = "force-dynamic";

export const GET = orukRoute(async (request: Request) => listTaxonomies(new URL(request.url)));
export const OPTIONS = orukOptions;
