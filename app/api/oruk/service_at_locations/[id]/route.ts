// GET /api/oruk/service_at_locations/{id} — one service at one location, fully nested.
import { getServiceAtLocation } from "@/lib/oruk/api";
import { orukOptions, orukRoute } from "@/lib/oruk/http";

export const dynamic = "force-dynamic";

export const GET = orukRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
  getServiceAtLocation((await params).id),
);
export const OPTIONS = orukOptions;
