// Whether a request's session cookie names a real, unexpired session, so the page cache can tell a
// signed-in person (never served from the cache) from a made-up cookie (served like anyone else).
// Answers are remembered briefly: a flood of requests with one fake cookie costs one query, many
// different fake cookies cost one indexed query each and never a render. State is per process.
import type { SessionCheck } from "./http";

export type SessionCheckOptions = {
  /** How long "no such session" is remembered. */
  negativeMs: number;
  /** How long "signed in" is remembered (never past the session's expiry). */
  positiveMs: number;
  /** Remembered answers kept at most; all are forgotten when it is reached. */
  maxEntries: number;
  /** A lookup slower than this counts as signed in, so a stalled database never stalls the cache. */
  timeoutMs: number;
};

const MAX_TOKEN_LENGTH = 256;
const DEFAULTS: SessionCheckOptions = { negativeMs: 60_000, positiveMs: 10_000, maxEntries: 10_000, timeoutMs: 1_000 };

export function createSessionCheck(
  findSessionExpiry: (token: string) => Promise<Date | null>,
  options: Partial<SessionCheckOptions> = {},
): SessionCheck {
  const { negativeMs, positiveMs, maxEntries, timeoutMs } = { ...DEFAULTS, ...options };
  const known = new Map<string, { session: boolean; until: number }>();
  const pending = new Map<string, Promise<boolean>>();

  async function lookUp(token: string): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<"slow">((resolve) => (timer = setTimeout(() => resolve("slow"), timeoutMs)));
    try {
      const expires = await Promise.race([findSessionExpiry(token), slow]);
      // Unknown (slow database, or an error below): let Next.js decide, and do not remember it.
      if (expires === "slow") return true;
      const now = Date.now();
      const session = expires !== null && expires.getTime() > now;
      if (known.size >= maxEntries) known.clear();
      known.set(token, {
        session,
        until: session ? Math.min(now + positiveMs, expires.getTime()) : now + negativeMs,
      });
      return session;
    } catch {
      return true;
    } finally {
      clearTimeout(timer);
    }
  }

  return (token) => {
    // Sessions are named by short random tokens; a huge cookie names none and is not worth remembering.
    if (token.length > MAX_TOKEN_LENGTH) return Promise.resolve(false);
    const answer = known.get(token);
    if (answer && answer.until > Date.now()) return Promise.resolve(answer.session);
    let lookup = pending.get(token);
    if (!lookup) {
      lookup = lookUp(token).finally(() => pending.delete(token));
      pending.set(token, lookup);
    }
    return lookup;
  };
}
