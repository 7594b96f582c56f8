// npm start — the whole site on one machine: embedded PostgreSQL (unless DATABASE_URL is set),
// migrations, demo data when the embedded database is empty, a production build, then the web server
// (scripts/serve.ts). Production runs `npm run build`, `npm run db:migrate` and `npm run serve` instead
// (docs/deploying.md).
// `npm run dev` does the same with `next dev`. Ctrl-C stops everything this script started.
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import { localAuthEnv } from "@/lib/auth/local-secret";
import { db } from "@/lib/platform/db";
import { startMeilisearch } from "@/lib/platform/runtime/meilisearch";
import { prepareDatabase } from "@/lib/platform/runtime/prepare";
import { prepareSearch } from "@/lib/search/sync/prepare";
import { addStarterContent, seedDemoData } from "@/prisma/seed/seed";

const dev = process.argv.includes("--dev");
const port = process.env.PORT || "3000";
const nextBin = "node_modules/next/dist/bin/next";

const database = await prepareDatabase();
// Demo data only ever goes into the embedded demo database: an empty real database (a council's new
// production one) is never filled with fictional listings. `npm run db:seed` adds them on purpose.
if (database.embedded) await seedDemoData(db());
else {
  await addStarterContent(db());
  console.log("DATABASE_URL is set: demo data not added (run `npm run db:seed` to add it on purpose).");
}
// Search: the embedded Meilisearch when installed (or MEILISEARCH_URL), thesaurus seeded, indexes rebuilt.
const meilisearch = await startMeilisearch();
if (meilisearch) process.env.MEILISEARCH_URL = meilisearch.url;
await prepareSearch();
await db().$disconnect();

// On the embedded demo database with no mail server, the console is the only way to a sign-in link.
const demoLinks = database.embedded && !process.env.SMTP_URL ? { DEMO_SIGN_IN_LINKS: "1" } : {};
const env = { ...process.env, DATABASE_URL: database.url, PORT: port, ...localAuthEnv(port), ...demoLinks };
if (!dev && process.env.SKIP_BUILD !== "1") {
  console.log("Building the site (next build)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (build.status !== 0) {
    await meilisearch?.stop();
    await database.stop();
    process.exit(build.status ?? 1);
  }
} else if (!dev && !fs.existsSync(`${process.env.NEXT_DIST_DIR || ".next"}/BUILD_ID`)) {
  console.error("SKIP_BUILD=1 but there is no build yet: run `npm run build` first.");
  process.exit(1);
}

// Production runs our own server (Next.js behind the public page cache, scripts/serve.ts), without
// the react-server condition this script runs under.
const serverArgs = dev ? [nextBin, "dev", "-p", port] : ["--import", "tsx", "scripts/serve.ts"];
const server = spawn(process.execPath, serverArgs, { stdio: "inherit", env });
console.log(`The Local Offer is starting on http://localhost:${port}`);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  // The web server writes what it holds in memory (the search log) on the way out: the database waits for it.
  if (server.exitCode === null) await Promise.race([once(server, "exit"), new Promise((r) => setTimeout(r, 6_000))]);
  await meilisearch?.stop().catch(() => {});
  await database.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 0));
