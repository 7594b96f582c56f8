import { describe, expect, it } from "vitest";
import { isPageAnswer, pageViewPath } from "./page-path";

const get = (url: string, headers: Record<string, string> = {}) => pageViewPath({ method: "GET", url, headers });

describe("pageViewPath", () => {
  it("counts public pages by path, without the query string", () => {
    expect(get("/")).toBe("/");
    expect(get("/services?q=autism&area=north")).toBe("/services");
    expect(get("/services/sunny-days-play-scheme")).toBe("/services/sunny-days-play-scheme");
    expect(get("/services/sunny-days/suggest-a-change")).toBe("/services/sunny-days/suggest-a-change");
    expect(get("/about?_rsc=1x2y", { rsc: "1" })).toBe("/about");
  });

  it("leaves out the staff area, the API, files, token pages, prefetches and odd addresses", () => {
    for (const url of [
      "/admin",
      "/admin/reports/usage",
      "/api/oruk/services",
      "/_next/static/chunks/app.js",
      "/favicon.ico",
      "/robots.txt",
      "/check/3f1c2a9e-token",
      "/add-your-service/confirm/abc123",
      "/add-your-service/tasks",
      "/services/Sunny-Days",
      "/services/%3Cscript%3E",
      "/a/b/c/d/e",
      `/${"x".repeat(120)}`,
    ])
      expect(get(url), url).toBeUndefined();
    expect(get("/services", { "next-router-prefetch": "1" })).toBeUndefined();
    expect(get("/services", { "sec-purpose": "prefetch;prerender" })).toBeUndefined();
    expect(pageViewPath({ method: "POST", url: "/services/x", headers: {} })).toBeUndefined();
    expect(pageViewPath({ method: "HEAD", url: "/", headers: {} })).toBeUndefined();
  });
});

describe("isPageAnswer", () => {
  it("is a 200 page or client-side navigation, never an error, a redirect or a file", () => {
    expect(isPageAnswer(200, "text/html; charset=utf-8")).toBe(true);
    expect(isPageAnswer(200, "text/x-component")).toBe(true);
    expect(isPageAnswer(404, "text/html; charset=utf-8")).toBe(false);
    expect(isPageAnswer(307, undefined)).toBe(false);
    expect(isPageAnswer(200, "image/png")).toBe(false);
  });
});
