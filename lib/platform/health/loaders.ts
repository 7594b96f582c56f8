import "server-only";
import { checkSearch } from "@/lib/search/query/status";
import { checkDatabase } from "./data";

/**
 * Open to anyone (load balancers): whether the database answers, and which search engine serves.
 * Search degrades to PostgreSQL on its own, so it never makes the site unhealthy.
 */
export async function loadHealth() {
  const database = await checkDatabase();
  const ok = database.status === "ok";
  const search = ok ? await checkSearch().catch(() => undefined) : undefined;
  return { ok, report: { status: ok ? "ok" : "degraded", database, search } };
}
