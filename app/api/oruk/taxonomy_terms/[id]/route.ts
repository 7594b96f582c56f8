// GET /api/oruk/taxonomy_terms/{id} — one term.
import { getTaxonomyTerm } from "@/lib/oruk/api";
import { orukOptions, orukRoute } from "@/lib/oruk/http";

export const dynamic = "force-dynamic";

export const GET = orukRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
  getTaxonomyTerm((await params).id),
);
export const OPTIONS = orukOptions;
