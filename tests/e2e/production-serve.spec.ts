// Issue 14, "Done when" line 1: `npm run serve` against an external database never seeds, builds or
// starts embedded services, and refuses to start without its required settings. The database is a
// fresh one on the e2e site's PostgreSQL (external to the server under test), brought up to date by
// `npm run db:migrate`; the build is the one the e2e site already made (NEXT_DIST_DIR).
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import pg from "pg";
import { expect, test } from "./fixtures";
import {
  createEmptyDatabase,
  e2eMeilisearchUrl,
  productionEnv,
  runNpm,
  startProductionServer,
} from "./production-server";

const port = Number(process.env.E2E_PORT || 3100) + 5;
const distDir = process.env.NEXT_DIST_DIR || ".next";

test.describe.configure({ mode: "serial" });

/** The Keep-Alive header the server sends (fetch hides hop-by-hop headers). */
function keepAliveHeader(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const agent = new http.Agent({ keepAlive: true });
    http
      .get(url, { agent }, (res) => {
        res.resume();
        res.on("end", () => agent.destroy());
        resolve(String(res.headers["keep-alive"]));
      })
      .on("error", reject);
  });
}

test("npm run serve refuses to start without DATABASE_URL and AUTH_SECRET, naming each", async () => {
  const { code, output } = await runNpm("serve", productionEnv({ PORT: String(port) }), 30_000);
  expect(code).toBe(1);
  expect(output).toContain("The site cannot start:");
  expect(output).toContain("DATABASE_URL is not set. Set it to a PostgreSQL address");
  expect(output).toContain("AUTH_SECRET is not set. Set it to a random secret of at least 32 characters");
  expect(output).not.toContain("Ready on");

  const wrong = await runNpm(
    "serve",
    productionEnv({ PORT: "eighty", DATABASE_URL: "mysql://x@y/z", AUTH_SECRET: "too-short" }),
    30_000,
  );
  expect(wrong.code).toBe(1);
  expect(wrong.output).toContain('PORT is "eighty": it should be a port number from 1 to 65535');
  expect(wrong.output).toContain("DATABASE_URL is not valid: it should be a PostgreSQL address");
  expect(wrong.output).toContain("AUTH_SECRET is not valid");
  expect(wrong.output).not.toContain("mysql://x@y/z"); // a database address may hold a password
});

test("against an empty, migrated external database it serves, and seeds, builds and starts nothing", async () => {
  test.setTimeout(180_000);
  const name = `j1_serve_${crypto.randomBytes(4).toString("hex")}`;
  const database = await createEmptyDatabase(name);
  const meilisearch = e2eMeilisearchUrl();
  const buildId = path.join(distDir, "BUILD_ID");
  const built = fs.statSync(buildId).mtimeMs;
  const count = async (sql: string) => {
    const c = new pg.Client({ connectionString: database.url });
    await c.connect();
    const { rows } = await c.query<{ n: number }>(sql);
    await c.end();
    return rows[0].n;
  };
  try {
    const migrate = await runNpm("db:migrate", productionEnv({ DATABASE_URL: database.url }));
    expect(migrate.code, migrate.output).toBe(0);
    expect(migrate.output).toMatch(/Applied \d+ migration\(s\)/);
    expect(migrate.output).not.toMatch(/demo|embedded/i);
    // The starter vocabulary and thesaurus only: no listings, organisations, events or advice pages.
    expect(await count(`SELECT count(*)::int AS n FROM "TaxonomyTerm"`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*)::int AS n FROM "ThesaurusEntry"`)).toBeGreaterThan(0);
    for (const table of ["Service", "Organisation", "Event", "AdvicePage"])
      expect(await count(`SELECT count(*)::int AS n FROM "${table}"`), table).toBe(0);

    const server = await startProductionServer(port, {
      DATABASE_URL: database.url,
      AUTH_SECRET: crypto.randomBytes(32).toString("base64"),
      APP_URL: `http://localhost:${port}`,
      MEILISEARCH_URL: meilisearch,
      MEILISEARCH_INDEX: name,
      PAGE_CACHE_SECONDS: "0",
    });
    try {
      for (const page of ["/", "/services?q=autism", "/about"])
        expect((await fetch(`${server.url}${page}`)).status, page).toBe(200);
      // Idle connections outlive a load balancer's (60 s): a proxy never reuses one the server just closed.
      expect(await keepAliveHeader(`${server.url}/about`)).toBe("timeout=65");
      const health = await (await fetch(`${server.url}/api/health`)).json();
      expect(JSON.stringify(health)).toMatch(/ok/);
      // Only npm, its shell and node in the server's process group: no postgres, no meilisearch, no build.
      const processes = server.processes();
      expect(processes.length).toBeGreaterThan(0);
      for (const p of processes) expect(p).not.toMatch(/postgres|meilisearch|next build|next\/dist\/bin\/next/);
      if (meilisearch) {
        // It set up its own search index on the official-style server it was given (and found it in step).
        await expect.poll(async () => (await fetch(`${meilisearch}/indexes/${name}`)).status).toBe(200);
      }
    } finally {
      // npm passes SIGTERM on and is itself stopped by it; the server finishes cleanly (no error below).
      expect([0, "SIGTERM"]).toContain(await server.stop());
    }
    const output = server.output();
    expect(output).toContain("Ready on");
    expect(output).not.toMatch(/Error|cannot start/);
    expect(output).not.toMatch(/Started embedded|Building the site|next build|demo listings|Added \d+ starter/i);
    expect(await count(`SELECT count(*)::int AS n FROM "Service"`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "AdvicePage"`)).toBe(0);
    expect(fs.statSync(buildId).mtimeMs).toBe(built);
  } finally {
    await database.drop();
    if (meilisearch)
      for (const index of [name, `${name}_advice`, `${name}_rebuild`, `${name}_rebuild_advice`])
        await fetch(`${meilisearch}/indexes/${index}`, { method: "DELETE" }).catch(() => {});
  }
});
