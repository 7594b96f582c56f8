// Links "What were you looking for?" to the click it follows, without a cookie: the thank-you page's
// address carries the new row's id, when it was made, and an HMAC of both keyed with AUTH_SECRET.
// Only the server can make one, so nobody can write onto another person's row by changing the id; it
// works for a day, and the follow-up is written only while the row has no words yet (mutations.ts).
// Chosen over a second row pointing at the same page because the words then stay with the yes or no
// they explain, which is what an officer needs to read them.
import crypto from "node:crypto";

export const FOLLOW_UP_HOURS = 24;

// Without AUTH_SECRET (integration tests, which sign and check in one process) a per-process key
// does the same job. `npm start` always sets it (lib/auth/local-secret.ts), production must.
let fallbackKey: string | undefined;
function key(): string {
  const secret = process.env.AUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production") throw new Error("AUTH_SECRET must be set");
  fallbackKey ??= crypto.randomBytes(32).toString("base64url");
  return fallbackKey;
}

function mac(id: string, issued: string): string {
  return crypto.createHmac("sha256", key()).update(`feedback-follow-up:${id}.${issued}`).digest("base64url");
}

export function signFeedbackRef(id: string, now = new Date()): string {
  const issued = Math.floor(now.getTime() / 1000).toString(36);
  return `${id}.${issued}.${mac(id, issued)}`;
}

/** The row's id when `ref` was made by this server in the last day; otherwise null. */
export function verifyFeedbackRef(ref: string, now = new Date()): string | null {
  const match = /^([0-9a-f-]{36})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/.exec(ref);
  if (!match) return null;
  const [, id, issued, given] = match;
  const age = now.getTime() / 1000 - parseInt(issued, 36);
  if (!(age >= -60 && age <= FOLLOW_UP_HOURS * 3600)) return null;
  const expected = Buffer.from(mac(id, issued));
  const actual = Buffer.from(given);
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected) ? id : null;
}
