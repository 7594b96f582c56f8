// The render limit on a real HTTP server: how many run at once, the order of the line, the plain 503
// after too long a wait, the paths that skip the line, and a visitor who leaves the line.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { BUSY_MESSAGE, withRenderLimit, type RenderLimitOptions } from "./render-limit";

const servers: http.Server[] = [];
afterEach(() =>
  Promise.all(
    servers.splice(0).map((s) => {
      s.closeAllConnections(); // fetch keeps idle connections for seconds
      return new Promise((r) => s.close(r));
    }),
  ),
);

/** A server whose pages take `ms` to render; it records the order they started in. */
async function serve(ms: number, options: RenderLimitOptions) {
  const started: string[] = [];
  let now = 0;
  let most = 0;
  const page = async (req: IncomingMessage, res: ServerResponse) => {
    started.push(req.url!);
    most = Math.max(most, ++now);
    await new Promise((r) => setTimeout(r, ms));
    now--;
    res.end(`page ${req.url}`);
  };
  const limited = withRenderLimit(page, options);
  const server = http.createServer((req, res) => void limited(req, res));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, started, most: () => most, load: limited.load };
}

const get = (url: string) =>
  fetch(url).then(async (r) => ({ status: r.status, retryAfter: r.headers.get("retry-after"), text: await r.text() }));

describe("withRenderLimit", () => {
  it("renders at most `concurrency` pages at once, the rest in the order they came", async () => {
    const site = await serve(40, { concurrency: 2, queueTimeoutMs: 5_000 });
    const paths = ["/a", "/b", "/c", "/d", "/e", "/f"];
    const answers = [];
    for (const p of paths) {
      answers.push(get(site.base + p));
      await new Promise((r) => setTimeout(r, 5)); // so they arrive in this order
    }
    expect((await Promise.all(answers)).map((a) => a.text)).toEqual(paths.map((p) => `page ${p}`));
    expect(site.most()).toBe(2);
    expect(site.started).toEqual(paths);
    expect(site.load()).toEqual({ running: 0, waiting: 0 });
  });

  it("answers 503 with Retry-After and plain words when the wait is too long", async () => {
    const site = await serve(300, { concurrency: 1, queueTimeoutMs: 50 });
    const [first, second] = await Promise.all([get(`${site.base}/slow`), get(`${site.base}/late`)]);
    expect(first.status).toBe(200);
    expect(second).toEqual({ status: 503, retryAfter: "5", text: BUSY_MESSAGE });
    expect(site.started).toEqual(["/slow"]);
  });

  it("lets exempt paths past the line", async () => {
    const site = await serve(200, { concurrency: 1, queueTimeoutMs: 5_000, exempt: (p) => p === "/free" });
    const busy = get(`${site.base}/busy`);
    await new Promise((r) => setTimeout(r, 20));
    expect((await get(`${site.base}/free`)).status).toBe(200);
    expect(site.most()).toBe(2); // /free ran while /busy held the one slot
    await busy;
  });

  it("never renders a page for a visitor who left the line", async () => {
    const site = await serve(150, { concurrency: 1, queueTimeoutMs: 5_000 });
    const first = get(`${site.base}/first`);
    await new Promise((r) => setTimeout(r, 20));
    const leaving = new AbortController();
    const gone = fetch(`${site.base}/gone`, { signal: leaving.signal }).catch(() => "aborted");
    await new Promise((r) => setTimeout(r, 20));
    leaving.abort();
    expect(await gone).toBe("aborted");
    const third = get(`${site.base}/third`);
    await Promise.all([first, third]);
    expect(site.started).toEqual(["/first", "/third"]);
    expect(site.load()).toEqual({ running: 0, waiting: 0 });
  });
});
