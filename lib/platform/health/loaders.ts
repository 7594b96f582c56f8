import "server-only";
import { checkSearch } from "@/lib/search/query/status";
import { checkDatabase, checkMigrations } from "./data";

/** A load balancer gives up on a slow check; answer before it does, whatever the database is doing. */
const READY_BUDGET_MS = 1_500;

type Readiness = {
  ok: boolean;
  report: {
    status: "ok" | "degraded";
    /** Why the server is not ready, in plain words, when it is not. */
    reason?: string;
    database: Awaited<ReturnType<typeof checkDatabase>>;
    migrations?: Awaited<ReturnType<typeof checkMigrations>>;
    search?: Awaited<ReturnType<typeof checkSearch>>;
  };
};

/** Process up: no database, so a hung database never makes an orchestrator restart a healthy server. */
export function loadLiveness() {
  return { status: "ok" as const, uptimeSeconds: Math.round(process.uptime()) };
}

async function checkReadiness(): Promise<Readiness> {
  const database = await checkDatabase();
  if (database.status !== "ok")
    return { ok: false, report: { status: "degraded", reason: "The database is not reachable", database } };
  const [migrations, search] = await Promise.all([checkMigrations(), checkSearch().catch(() => undefined)]);
  // Searches fall back to PostgreSQL on their own (ADR 0004): only both engines failing is unready.
  const searching = search && (search.serving === "meilisearch" || search.postgres === "ok");
  const reason =
    migrations.status === "behind"
      ? migrations.error
      : !searching
        ? "Neither search engine is answering: check Meilisearch and the PostgreSQL search tables"
        : undefined;
  return { ok: !reason, report: { status: reason ? "degraded" : "ok", reason, database, migrations, search } };
}

/**
 * Open to anyone (load balancers): whether the database answers with every migration applied, and which
 * search engine serves. A database that does not answer within the budget counts as down (the check
 * itself carries on and is dropped).
 */
export async function loadReadiness(): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Readiness>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          ok: false,
          report: {
            status: "degraded",
            reason: `The database did not answer within ${READY_BUDGET_MS} ms`,
            database: { status: "down", error: `The database did not answer within ${READY_BUDGET_MS} ms` },
          },
        }),
      READY_BUDGET_MS,
    );
  });
  try {
    return await Promise.race([checkReadiness(), late]);
  } finally {
    clearTimeout(timer);
  }
}
