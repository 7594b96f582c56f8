// GET /api/oruk/organizations/{id} — one organisation with its published services, fully nested.
import { getOrganisation } from "@/lib/oruk/api";
import { orukOptions, orukRoute } from "@/lib/oruk/http";

export const dynamic = "force-dynamic";

export const GET = orukRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
  getOrganisation((await params).id),
);
export const OPTIONS = orukOptions;
