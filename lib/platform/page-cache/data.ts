// The page cache's one read: when a session token's session expires (null when there is none).
// No `server-only` import: scripts/serve.ts loads this outside Next.js's react-server build.
import { db } from "@/lib/platform/db";

export async function findSessionExpiry(sessionToken: string): Promise<Date | null> {
  const session = await db().session.findUnique({ where: { sessionToken }, select: { expires: true } });
  return session?.expires ?? null;
}
