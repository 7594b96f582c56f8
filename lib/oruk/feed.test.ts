import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFeed, recordsOf, servicesUrl, sourceNameOf } from "./feed";

// A small ORUK 3.0 API: three services over two pages, each also served fully nested by id.
const services = ["a", "b", "c"].map((id) => ({ id, name: `Service ${id}` }));
const requests: string[] = [];
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://x");
  requests.push(url.pathname + url.search);
  res.setHeader("Content-Type", "application/json");
  const one = /^\/api\/services\/(\w+)$/.exec(url.pathname);
  if (one)
    return res.end(JSON.stringify({ ...services.find((s) => s.id === one[1]), contacts: [{ id: "c", phones: [] }] }));
  if (url.pathname !== "/api/services") return res.writeHead(404).end("{}");
  const page = Number(url.searchParams.get("page") ?? 1);
  res.end(
    JSON.stringify({
      total_items: 3,
      total_pages: 2,
      page_number: page,
      contents: page === 1 ? services.slice(0, 2) : services.slice(2),
    }),
  );
});
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("reading feeds", () => {
  it("walks every /services page of a base URL and fetches each service fully nested", async () => {
    const records = (await readFeed(base)) as Record<string, unknown>[];
    expect(records.map((r) => r.id)).toEqual(["a", "b", "c"]);
    expect(records.every((r) => Array.isArray(r.contacts))).toBe(true);
    expect(requests).toContain("/api/services?per_page=100&page=2");
  });

  it("accepts a 3.0 page, a v1 page, a bare array and one service", () => {
    expect(recordsOf({ contents: services }).items).toHaveLength(3);
    expect(recordsOf({ totalPages: 1, content: services }).items).toHaveLength(3);
    expect(recordsOf(services).items).toHaveLength(3);
    expect(recordsOf(services[0]).items).toHaveLength(1);
    expect(() => recordsOf({ hello: "world" })).toThrow(/no `contents`/);
  });

  it("names the source after the file or host, and finds the services URL", () => {
    expect(sourceNameOf("../data/North-Lincs.json")).toBe("north-lincs");
    expect(sourceNameOf("https://Directory.Example.gov.uk/api")).toBe("directory.example.gov.uk");
    expect(servicesUrl("https://x.org/api/").toString()).toBe("https://x.org/api/services");
    expect(servicesUrl("https://x.org/api/services").toString()).toBe("https://x.org/api/services");
  });
});
