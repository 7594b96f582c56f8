import "server-only";
import { checkSearch } from "@/lib/search/query/status";
import { checkDatabase } from "./data";

/** A load balancer gives up on a slow check; answer before it does, whatever the database is doing. */
const READY_BUDGET_MS = 1_500;

type Readiness = {
  ok: boolean;
  report: {
    status: "ok" | "degraded";
    database: Awaited<ReturnType<typeof checkDatabase>>;
    search?: Awaited<ReturnType<typeof checkSearch>>;
  };
};

/** Process up: no database, so a hung database never makes an orchestrator restart a healthy server. */
export function loadLiveness() {
  return { status: "ok" as const, uptimeSeconds: Math.round(process.uptime()) };
}

async function checkReadiness(): Promise<Readiness> {
  const database = await checkDatabase();
  const ok = database.status === "ok";
  const search = ok ? await checkSearch().catch(() => undefined) : undefined;
  return { ok, report: { status: ok ? "ok" : "degraded", database, search } };
}

/**
 * Open to anyone (load balancers): whether the database answers, and which search engine serves.
 * Search degrades to PostgreSQL on its own, so it never makes the site unready. A database that
 * does not answer within the budget counts as down (the check itself carries on and is dropped).
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
