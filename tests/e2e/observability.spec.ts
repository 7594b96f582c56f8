// What a council's monitoring sees of the real production server: a request id on every response
// (the proxy's own if it sends a plain one), and the health checks a load balancer and an
// orchestrator call, never kept by any cache; and the JSON log line `npm run serve` writes for a
// request (on its own copy of the production server, since the shared site's output goes nowhere).
import crypto from "node:crypto";
import { expect, test } from "./fixtures";
import { e2eAuthSecret, e2eDatabaseUrl, startProductionServer } from "./production-server";

test("every response carries a request id, the proxy's own when it sends a plain one", async ({ request }) => {
  const fresh = await request.get("/services?q=autism");
  expect(fresh.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const again = await request.get("/services?q=autism");
  // A page from the page cache gets its own id, not the one stored with it.
  expect(again.headers()["x-request-id"]).not.toBe(fresh.headers()["x-request-id"]);
  const fromProxy = await request.get("/", { headers: { "X-Request-Id": "proxy-4b1d.77" } });
  expect(fromProxy.headers()["x-request-id"]).toBe("proxy-4b1d.77");
  const odd = await request.get("/", { headers: { "X-Request-Id": "<script>alert(1)</script>" } });
  expect(odd.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("live and ready answer 200 while all is well, and no cache keeps them", async ({ request }) => {
  const live = await request.get("/api/health/live");
  expect(live.status()).toBe(200);
  expect(await live.json()).toMatchObject({ status: "ok" });
  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({
    status: "ok",
    database: { status: "ok" },
    migrations: { status: "ok" },
    search: { serving: expect.stringMatching(/^(meilisearch|postgres)$/) },
  });
  for (const response of [live, ready, await request.get("/api/health")])
    expect(response.headers()["cache-control"]).toMatch(/no-store/);
});

test("npm run serve logs one JSON line per request, with no query values", async () => {
  test.setTimeout(120_000);
  const port = Number(process.env.E2E_PORT || 3100) + 9;
  const server = await startProductionServer(port, {
    DATABASE_URL: e2eDatabaseUrl(),
    AUTH_SECRET: e2eAuthSecret(),
    APP_URL: `http://localhost:${port}`,
    SEARCH_WORKER: "off", // the shared site's worker keeps the index; this copy only answers
  });
  try {
    const id = `log-test-${crypto.randomUUID()}`;
    const word = `zebrafinch${crypto.randomBytes(4).toString("hex")}`;
    const response = await fetch(`${server.url}/services?q=${word}&need=autism`, {
      headers: { "X-Request-Id": id, cookie: "theme=dark", "User-Agent": "Mozilla/5.0 (X11; Linux) Chrome/140" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe(id);
    await response.text();
    const linesFor = () =>
      server
        .output()
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((line) => line.requestId === id);
    await expect.poll(() => linesFor().length, { timeout: 5_000 }).toBe(1);
    expect(linesFor()[0]).toMatchObject({
      msg: "request",
      method: "GET",
      path: "/services?q&need",
      status: 200,
      cache: expect.stringMatching(/^(hit|miss)$/),
      durationMs: expect.any(Number),
    });
    // Nothing of what was asked, and nothing about who asked.
    expect(server.output()).not.toMatch(new RegExp(`${word}|autism|theme=dark|Chrome/140|127\\.0\\.0\\.1`));
    // Start-up is a JSON line too.
    expect(server.output()).toMatch(/"msg":"Ready on http:\/\/localhost:\d+"/);
  } finally {
    await server.stop(); // how it exits is production-serve.spec.ts's concern
  }
});
