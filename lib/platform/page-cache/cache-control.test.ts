import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import {
  decideCacheControl,
  IMMUTABLE,
  mergeVary,
  PRIVATE,
  sharedCacheSeconds,
  withCacheControl,
} from "./cache-control";

const seconds = { fresh: 30, stale: 30 };
const PUBLIC = "public, max-age=0, s-maxage=30, stale-while-revalidate=30";
const req = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers });
const html = { status: 200, contentType: "text/html; charset=utf-8", setsCookie: false };
const decide = (r: ReturnType<typeof req>, res = html) => decideCacheControl(r, res, seconds)?.cacheControl;

describe("what a CDN may keep", () => {
  it("keeps anonymous home, results and service pages briefly, and says they differ by cookie", () => {
    for (const url of ["/", "/services?q=autism&need=adhd", "/services?utm_source=x", "/services/chill-out-youth-club"])
      expect(decideCacheControl(req(url), html, seconds), url).toEqual({ cacheControl: PUBLIC, vary: ["Cookie"] });
    expect(decide(req("/", {}, "HEAD"))).toBe(PUBLIC);
  });

  it("never lets a shared cache keep a signed-in person's page or a page that sets a cookie", () => {
    expect(decide(req("/", { cookie: "authjs.session-token=abc" }))).toBe(PRIVATE);
    expect(decide(req("/services?q=x", { cookie: "theme=dark; __Secure-authjs.session-token=abc" }))).toBe(PRIVATE);
    expect(decide(req("/services?q=x"), { ...html, setsCookie: true })).toBe(PRIVATE);
    // A family's shortlist shows in the header and on every card: that page is theirs alone.
    expect(decide(req("/services?q=x", { cookie: "shortlist=00000000-0000-4000-8000-000000000001" }))).toBe(PRIVATE);
    // A cookie that is not a session changes nothing.
    expect(decide(req("/", { cookie: "theme=dark" }))).toBe(PUBLIC);
  });

  it("keeps forms, the staff and provider areas, answers to posts, errors and router payloads private", () => {
    for (const url of ["/admin", "/admin/sign-in", "/add-your-service", "/provider", "/feedback", "/shortlist"])
      expect(decide(req(url)), url).toBe(PRIVATE);
    expect(decide(req("/services?q=x", {}, "POST"))).toBe(PRIVATE);
    expect(decide(req("/services/gone"), { ...html, status: 404 })).toBe(PRIVATE);
    expect(decide(req("/services"), { ...html, status: 500 })).toBe(PRIVATE);
    expect(decide(req("/services", { rsc: "1" }), { ...html, contentType: "text/x-component" })).toBe(PRIVATE);
    expect(decide(req("/services?_rsc=abc"), { ...html, contentType: "text/x-component" })).toBe(PRIVATE);
    const json = { status: 200, contentType: "application/json", setsCookie: false };
    for (const url of ["/api/health", "/api/health/ready", "/api/health/live", "/api/auth/session"])
      expect(decide(req(url), json), url).toBe(PRIVATE);
  });

  it("keeps Next.js's built files for a year, and leaves public files and the ORUK API their own", () => {
    const js = { status: 200, contentType: "application/javascript; charset=UTF-8", setsCookie: false };
    expect(decide(req("/_next/static/chunks/main-abc123.js"), js)).toBe(IMMUTABLE);
    expect(decide(req("/_next/static/chunks/gone.js"), { ...js, status: 404 })).toBe(PRIVATE);
    expect(decide(req("/favicon.ico"), { ...js, contentType: "image/x-icon" })).toBeUndefined();
    const json = { status: 200, contentType: "application/json", setsCookie: false };
    expect(decide(req("/api/oruk/services?per_page=1"), json)).toBeUndefined();
    expect(decide(req("/api/oruk/services", {}, "POST"), json)).toBe(PRIVATE);
  });

  it("keeps nothing shared when CDN_CACHE_SECONDS is 0", () => {
    expect(decideCacheControl(req("/"), html, { fresh: 0, stale: 0 })?.cacheControl).toBe(PRIVATE);
    expect(sharedCacheSeconds({})).toEqual({ fresh: 30, stale: 30 });
    expect(sharedCacheSeconds({ CDN_CACHE_SECONDS: "0" })).toEqual({ fresh: 0, stale: 0 });
    expect(sharedCacheSeconds({ CDN_CACHE_SECONDS: "nonsense" })).toEqual({ fresh: 0, stale: 0 });
    expect(sharedCacheSeconds({ CDN_CACHE_SECONDS: "120" })).toEqual({ fresh: 120, stale: 120 });
  });

  it("adds to Vary without repeating a name", () => {
    expect(mergeVary("RSC, Accept-Encoding", ["Cookie"])).toBe("RSC, Accept-Encoding, Cookie");
    expect(mergeVary("cookie", ["Cookie"])).toBe("cookie");
    expect(mergeVary(undefined, ["Cookie"])).toBe("Cookie");
  });
});

describe("the wrapper", () => {
  it("replaces the handler's header however the headers are sent", async () => {
    const server = createServer(
      withCacheControl(
        (request, res) => {
          if (request.url === "/services") {
            // As the page cache serves a stored page: every header in one writeHead.
            res.writeHead(200, { "Content-Type": "text/html", "Cache-Control": "no-store", Vary: "RSC" });
            res.end("page");
          } else {
            res.setHeader("Content-Type", "text/html");
            res.setHeader("Cache-Control", "public, max-age=600");
            res.end("staff");
          }
        },
        { fresh: 30, stale: 30 },
      ),
    );
    server.listen(0);
    await once(server, "listening");
    try {
      const base = `http://localhost:${(server.address() as AddressInfo).port}`;
      const page = await fetch(`${base}/services`);
      expect(page.headers.get("cache-control")).toBe(PUBLIC);
      expect(page.headers.get("vary")).toBe("RSC, Cookie");
      const staff = await fetch(`${base}/admin`);
      expect(staff.headers.get("cache-control")).toBe(PRIVATE);
    } finally {
      server.close();
    }
  });
});
