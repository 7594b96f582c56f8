import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parseServiceFilters } from "@/lib/services/filters";
import { hasShortlist, pageCacheKey, sessionTokens, withPageCache } from "./http";
import { createSessionCheck } from "./session-check";
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

  it("keys a page by the parameters it reads only, in a fixed order, without empty values", () => {
    const key = "|/services?q=autism&need=adhd&need=autism&age=5&page=2";
    for (const url of [
      "/services?q=autism&need=adhd&need=autism&age=5&page=2",
      "/services?page=2&age=5&need=adhd&zz=1&q=autism&need=autism",
      "/services?q=autism&utm_source=newsletter&need=adhd&utm_campaign=x&need=autism&age=5&page=2&fbclid=1",
      "/services?q=autism&need=adhd&need=&need=autism&category=&age=5&cost=%20&page=2",
    ])
      expect(pageCacheKey(get(url)), url).toBe(key);
    // Order within one parameter is the visitor's order (the page keeps it), so it stays apart.
    expect(pageCacheKey(get("/services?q=autism&need=autism&need=adhd&age=5&page=2"))).not.toBe(key);
    expect(pageCacheKey(get("/?zz=1&utm_source=x"))).toBe("|/");
    expect(pageCacheKey(get("/services?q="))).toBe("|/services");
    expect(pageCacheKey(get("/services/a-listing?ref=home"))).toBe("|/services/a-listing");
  });

  it("keeps a listing's easy-read view apart from its standard page", () => {
    expect(pageCacheKey(get("/services/a-listing?view=easy-read&ref=home"))).toBe(
      "|/services/a-listing?view=easy-read",
    );
    expect(pageCacheKey(get("/services/a-listing?view="))).toBe("|/services/a-listing");
    // The page reads only "easy-read": a made-up view is the standard page, not a new copy pushing others out.
    expect(pageCacheKey(get("/services/a-listing?view=zz1"))).toBe("|/services/a-listing");
    expect(pageCacheKey(get("/pl/services/a-listing?view=zz2"))).toBe("|/pl/services/a-listing");
  });

  it("keys the results page by exactly the parameters parseServiceFilters reads", () => {
    const known = { needs: new Set(["autism"]), categories: new Set(["play"]) };
    const sample: Record<string, string> = {
      q: "swim",
      need: "autism",
      category: "play",
      age: "5",
      area: "north",
      cost: "free",
      day: "MO",
      delivery: "online",
      access: "step-free",
      language: "bsl",
      time: "weekends",
      page: "2",
    };
    const plain = JSON.stringify(parseServiceFilters({}, known));
    for (const [name, value] of Object.entries(sample)) {
      const reads = JSON.stringify(parseServiceFilters({ [name]: value }, known)) !== plain;
      expect(reads, name).toBe(true);
      expect(pageCacheKey(get(`/services?${name}=${value}`)), name).toBe(`|/services?${name}=${value}`);
    }
    for (const name of ["zz", "utm_source", "ref", "v", "qq", "ages"])
      expect(JSON.stringify(parseServiceFilters({ [name]: "1" }, known)), name).toBe(plain);
  });

  it("finds the session tokens a request carries", () => {
    expect(sessionTokens("a=1; authjs.session-token=abc; b=2")).toEqual(["abc"]);
    expect(sessionTokens("__Secure-authjs.session-token=def")).toEqual(["def"]);
    expect(sessionTokens("xauthjs.session-token=abc; authjs.session-token=")).toEqual([]);
    expect(sessionTokens(undefined)).toEqual([]);
  });

  it("tells a request with a shortlist from one without", () => {
    expect(hasShortlist("a=1; shortlist=abc.def")).toBe(true);
    expect(hasShortlist("shortlist=; xshortlist=abc")).toBe(false);
    expect(hasShortlist(undefined)).toBe(false);
  });

  it("never answers for client-side navigation, other methods or other pages", () => {
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

describe("telling a real session from a made-up cookie", () => {
  const hour = () => new Date(Date.now() + 3_600_000);

  it("asks once per token, remembers the answer briefly, and never past the session's end", async () => {
    const asked: string[] = [];
    const sessions: Record<string, Date> = { real: hour(), expired: new Date(Date.now() - 1000) };
    const check = createSessionCheck(async (token) => (asked.push(token), sessions[token] ?? null));
    expect(await Promise.all(["fake", "fake", "real", "expired"].map(check))).toEqual([false, false, true, false]);
    expect(await Promise.all(Array.from({ length: 50 }, () => check("fake")))).toEqual(Array(50).fill(false));
    expect(asked.sort()).toEqual(["expired", "fake", "real"]);
    expect(await check("x".repeat(300))).toBe(false); // no session has such a token: not even asked
    expect(asked).toHaveLength(3);
  });

  it("counts a slow or failing lookup as signed in, so the page goes to Next.js", async () => {
    const slow = createSessionCheck(() => new Promise(() => {}), { timeoutMs: 20 });
    expect(await slow("any")).toBe(true);
    const failing = createSessionCheck(async () => Promise.reject(new Error("database down")));
    expect(await failing("any")).toBe(true);
  });

  it("serves the cached page to a made-up cookie and renders for a real session", async () => {
    let renders = 0;
    const check = createSessionCheck(async (token) => (token === "real" ? hour() : null));
    const server = createServer(
      withPageCache(
        (_req, res) => {
          renders++;
          res.setHeader("Content-Type", "text/html");
          res.end(`render ${renders}`);
        },
        limits,
        check,
      ),
    );
    server.listen(0);
    await once(server, "listening");
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services?q=x`;
    try {
      const cacheOf = async (cookie?: string) =>
        (await fetch(url, { headers: cookie ? { cookie } : {} })).headers.get("x-page-cache");
      expect(await cacheOf()).toBe("miss");
      expect(await cacheOf("authjs.session-token=made-up")).toBe("hit");
      expect(await cacheOf("a=1; authjs.session-token=real")).toBeNull();
      // A shortlist is shown on the page (the header's count, each card's button): never a shared copy.
      expect(await cacheOf("shortlist=00000000-0000-4000-8000-000000000001")).toBeNull();
      expect(renders).toBe(3);
    } finally {
      server.close();
    }
  });
});
