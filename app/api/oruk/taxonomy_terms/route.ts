// GET /api/oruk/taxonomy_terms — every term of every vocabulary, paginated (taxonomy_id narrows).
import { listTaxonomyTerms } from "@/lib/oruk/api";
import { orukOptions, orukRoute } from "@/lib/oruk/http";

export const dynamic = "force-dynamic";

export const GET = orukRoute(async (request: Request) => listTaxonomyTerms(new URL(request.url)));
export const OPTIONS = orukOptions;
