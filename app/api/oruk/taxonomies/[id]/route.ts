// GET /api/oruk/taxonomies/{id} — one vocabulary with its terms.
import { getTaxonomy } from "@/lib/oruk/api";
import { orukOptions, orukRoute } from "@/lib/oruk/http";

export const dynamic = "force-dynamic";

export const GET = orukRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
  getTaxonomy((await params).id),
);
export const OPTIONS = orukOptions;
