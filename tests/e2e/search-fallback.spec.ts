// Meilisearch stops answering while the real site runs: search keeps working from PostgreSQL, and
// a listing change made meanwhile reaches Meilisearch once it answers again. The site's embedded
// Meilisearch is frozen with SIGSTOP (unreachable, data kept) and resumed with SIGCONT.
import fs from "node:fs";
import path from "node:path";
import { renameListingElsewhere } from "./admin-fixtures";
import { expect, test } from "./fixtures";

const dataDir = path.resolve(process.env.E2E_DATA_DIR || ".data-e2e");

function embeddedMeilisearch(): { pid: number; port: number } {
  const [pid, port] = fs
    .readFileSync(path.join(dataDir, "meili", "meili.pid"), "utf8")
    .trim()
    .split(/\s+/)
    .map(Number);
  return { pid, port };
}

test("search keeps working while Meilisearch is stopped, and catches up when it returns", async ({ page, request }) => {
  test.setTimeout(90_000);
  const { pid, port } = embeddedMeilisearch();
  expect((await (await request.get("/api/health")).json()).search.serving).toBe("meilisearch");

  process.kill(pid, "SIGSTOP");
  try {
    await page.goto("/services?q=trampolining");
    await expect(page.getByRole("link", { name: "Inclusive trampolining" })).toBeVisible();
    const health = await (await request.get("/api/health")).json();
    expect(health.search).toMatchObject({ serving: "postgres", meilisearch: "down", postgres: "ok" });

    await renameListingElsewhere("chill-out-youth-club", "Chill Out youth club quokka");
  } finally {
    process.kill(pid, "SIGCONT");
  }

  // Back: the worker applies the change made meanwhile, and Meilisearch serves searches again.
  await expect(async () => {
    const health = await (await request.get("/api/health")).json();
    expect(health.search).toMatchObject({ serving: "meilisearch", pendingChanges: 0 });
  }).toPass({ timeout: 60_000 });
  const inIndex = await (await fetch(`http://127.0.0.1:${port}/indexes/services/search?q=quokka`)).json();
  expect(inIndex.hits.map((h: { slug: string }) => h.slug)).toEqual(["chill-out-youth-club"]);
  await page.goto("/services?q=quokka");
  await expect(page.getByRole("link", { name: "Chill Out youth club quokka" })).toBeVisible();

  await renameListingElsewhere("chill-out-youth-club", "Chill Out youth club");
});
