// npm run db:migration -- --name add_thing — diffs prisma/schema.prisma against the migrations
// and writes a new migration folder, using Prisma's WebAssembly schema engine (no download).
import { spawnSync } from "node:child_process";
import { prepareDatabase } from "@/lib/platform/runtime/prepare";

const args = process.argv.slice(2);
if (!args.includes("--name")) {
  console.error("Name the migration: npm run db:migration -- --name add_review_dates");
  process.exit(1);
}
const database = await prepareDatabase();
const result = spawnSync(process.execPath, ["scripts/prisma-wasm-migrate.mjs", "dev", ...args], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: database.url },
});
await database.stop();
process.exit(result.status ?? 1);
