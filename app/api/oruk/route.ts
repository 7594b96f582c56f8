// GET /api/oruk — what this API is: validators read the standard's version from here.
import { getRoot } from "@/lib/oruk/api";
import { orukOptions, orukRoute } from "@/lib/oruk/http";

export const dynamic = "force-dynamic";

export const GET = orukRoute(async (request: Request) => getRoot(new URL(request.url)));
export const OPTIONS = orukOptions;
