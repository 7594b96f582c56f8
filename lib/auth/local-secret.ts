// For `npm start` on one machine: Auth.js needs AUTH_SECRET (it signs the sign-in tokens and
// cookies). When none is configured, one is generated once into DATA_DIR — never into the repo —
// so local sessions survive restarts. Production sets AUTH_SECRET and APP_URL itself.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/platform/runtime/database";

export function localAuthEnv(port: string): { AUTH_SECRET: string; APP_URL: string } {
  let secret = process.env.AUTH_SECRET;
  if (!secret) {
    const file = path.join(dataDir(), "auth-secret");
    if (!fs.existsSync(file)) {
      fs.mkdirSync(dataDir(), { recursive: true });
      fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    secret = fs.readFileSync(file, "utf8").trim();
  }
  // Auth.js builds its links on this address; use localhost, not 127.0.0.1 (see STACK.md).
  return { AUTH_SECRET: secret, APP_URL: process.env.APP_URL || `http://localhost:${port}` };
}
