import "server-only";
import { db } from "@/lib/platform/db";

export async function checkDatabase(): Promise<{ status: "ok" | "down"; latencyMs?: number; error?: string }> {
  const started = performance.now();
  try {
    await db().$queryRaw`SELECT 1`;
    return { status: "ok", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    console.error("Health check: database unreachable", error);
    return { status: "down", error: "The database is not reachable" };
  }
}
