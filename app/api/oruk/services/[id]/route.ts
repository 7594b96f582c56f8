// GET /api/oruk/services/{id} — one published service, fully nested.
import { getService } from "@/lib/oruk/api";
import { orukOptions, orukRoute } from "@/lib/oruk/http";

export const dynamic = "force-dynamic";

export const GET = orukRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
  getService((await params).id),
);
export const OPTIONS = orukOptions;
