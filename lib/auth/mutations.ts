// Sign-in's own writes outside Auth.js. Auth.js deletes a sign-in token when it is used; one that
// was never used stays behind after it expires, so the scheduled job clears them.
import "server-only";
import { db } from "@/lib/platform/db";

/** Deletes sign-in tokens that expired before `before`; returns how many went. */
export async function deleteExpiredSignInTokens(before: Date): Promise<number> {
  const { count } = await db().verificationToken.deleteMany({ where: { expires: { lt: before } } });
  return count;
}

/** Deletes sessions that ran out before `before` (Auth.js refuses them anyway; the rows only tell who was here). */
export async function deleteExpiredSessions(before: Date): Promise<number> {
  const { count } = await db().session.deleteMany({ where: { expires: { lt: before } } });
  return count;
}
