import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { pageCacheKey, withPageCache } from "./http";
import {
  cachedPageCount,
  currentGeneration,
  forgetCachedPages,
  readCachedPage,
  runOnEveryView,
  storeCachedPage,
  type CachedPage,
} from "./store";

const limits = { ttlMs: 60_000, maxEntries: 3, maxBytes: 1024 * 1024 };
const page = (body: string): CachedPage => ({
  status: 200,
  headers: {},
  body: Buffer.from(body),
  storedAt: Date.now(),
  replays: [],
});
const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

afterEach(() => forgetCachedPages());

describe("which requests the page cache may answer", () => {
  it("keeps anonymous visitors' home, search and service pages, per accepted encoding", () => {
    expect(pageCacheKey(get("/"))).toBe("|/");
    expect(pageCacheKey(get("/services?q=autism&age=5", { "accept-encoding": "gzip, br" }))).toBe(
      "gzip,br|/services?q=autism&age=5",
    );
    expect(pageCacheKey(get("/services/speech-and-language-drop-in"))).toBe("|/services/speech-and-language-drop-in");
  });

  it("never answers for signed-in people, client-side navigation, other methods or other pages", () => {
    expect(pageCacheKey(get("/services", { cookie: "a=1; authjs.session-token=abc" }))).toBeUndefined();
    expect(pageCacheKey(get("/services", { cookie: "__Secure-authjs.session-token=abc" }))).toBeUndefined();
    expect(pageCacheKey(get("/services", { rsc: "1" }))).toBeUndefined();
    expect(pageCacheKey(get("/services?_rsc=x1"))).toBeUndefined();
    expect(pageCacheKey(get("/services", { "next-router-prefetch": "1" }))).toBeUndefined();
    expect(pageCacheKey({ method: "POST", url: "/services", headers: {} })).toBeUndefined();
    expect(pageCacheKey({ method: "HEAD", url: "/", headers: {} })).toBeUndefined();
    expect(pageCacheKey(get("/admin"))).toBeUndefined();
    expect(pageCacheKey(get("/api/oruk/services"))).toBeUndefined();
    expect(pageCacheKey(get("/services/a/b"))).toBeUndefined();
  });
});

describe("the page store", () => {
  it("expires pages after their time and evicts the least recently used beyond its limits", () => {
    storeCachedPage("a", page("A"), currentGeneration(), limits);
    expect(readCachedPage("a", limits, Date.now() + 59_000)?.body.toString()).toBe("A");
    expect(readCachedPage("a", limits, Date.now() + 60_000)).toBeUndefined();

    for (const k of ["1", "2", "3"]) storeCachedPage(k, page(k), currentGeneration(), limits);
    readCachedPage("1", limits); // now the most recently used
    storeCachedPage("4", page("4"), currentGeneration(), limits);
    expect(readCachedPage("2", limits)).toBeUndefined();
    expect(readCachedPage("1", limits)).toBeDefined();
    expect(cachedPageCount()).toBe(3);
  });

  it("does not keep a page whose render began before the cache was cleared", () => {
    const began = currentGeneration();
    forgetCachedPages(); // e.g. a listing changed while the page was being rendered
    expect(storeCachedPage("late", page("old"), began, limits)).toBe(false);
    expect(readCachedPage("late", limits)).toBeUndefined();
  });
});

describe("withPageCache in front of a real HTTP server", () => {
  let server: ReturnType<typeof createServer> | undefined;
  afterEach(() => server?.close());

  async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void) {
    server = createServer(withPageCache(handler, limits));
    server.listen(0);
    await once(server, "listening");
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it("renders once, then serves the same bytes and headers, repeating the page's effects on every view", async () => {
    let renders = 0;
    let views = 0;
    const url = await serve((_req, res) => {
      renders++;
      runOnEveryView(() => views++);
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.write("<p>");
      res.end(`render ${renders}</p>`);
    });
    const first = await fetch(`${url}/services?q=autism`);
    const second = await fetch(`${url}/services?q=autism`);
    expect(first.headers.get("x-page-cache")).toBe("miss");
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("x-content-type-options")).toBe("nosniff");
    expect(renders).toBe(1);
    expect(views).toBe(2);

    forgetCachedPages();
    expect(await (await fetch(`${url}/services?q=autism`)).text()).toBe("<p>render 2</p>");
  });

  it("never keeps errors, non-HTML answers or responses that set a cookie", async () => {
    let renders = 0;
    const url = await serve((req, res) => {
      renders++;
      if (req.url === "/services/broken") res.statusCode = 500;
      if (req.url === "/services/cookie") res.setHeader("Set-Cookie", "x=1");
      res.setHeader("Content-Type", req.url === "/services/json" ? "application/json" : "text/html");
      res.end("x");
    });
    for (const path of ["/services/broken", "/services/cookie", "/services/json"]) {
      await fetch(url + path);
      const again = await fetch(url + path);
      expect(again.headers.get("x-page-cache"), path).toBe("miss");
    }
    expect(renders).toBe(6);
  });
});
