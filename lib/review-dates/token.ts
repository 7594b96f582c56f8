import crypto from "node:crypto";

/** A link token: random, single use; only its hash is stored, so a database leak confirms nothing. */
export function createToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}
