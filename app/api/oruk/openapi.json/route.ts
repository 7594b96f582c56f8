// GET /api/oruk/openapi.json — the OpenAPI description of this API (the root's openapi_url).
import { apiBase } from "@/lib/oruk/api";
import { orukJson, orukOptions, orukRoute } from "@/lib/oruk/http";
import { buildOpenApi } from "@/lib/oruk/openapi";

export const dynamic = "force-dynamic";

export const GET = orukRoute(async (request: Request) => orukJson(buildOpenApi(apiBase(new URL(request.url)))));
export const OPTIONS = orukOptions;
