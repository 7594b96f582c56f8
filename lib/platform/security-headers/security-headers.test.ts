import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { withSecurityHeaders } from "./http";
import { contentSecurityPolicy, inlineScriptHashes, staticSecurityHeaders } from "./policy";

// The compression middleware Next.js runs inside its handler (router-server.js), wrapping our wrappers.
const compression = createRequire(import.meta.url)("next/dist/compiled/compression") as () => (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void;

// Hashes from `printf '<script text>' | openssl dgst -sha256 -binary | base64`, not from our own code.
const ALERT = "sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=";
const NEXT_PUSH = "sha256-gdFjWOJow6FaQoqHB6s3WnvQIz6Qu2vUZIbRN9w+T7k=";
const PAGE =
  '<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>' +
  '<script type="application/ld+json">{"@type":"Service"}</script>' +
  '<script>alert(1)</script><script id="_R_">alert(1)</script>' +
  '<script>self.__next_f.push([1,"café"])</script></body></html>';

describe("the security headers", () => {
  it("hash each inline script once, as browsers do, and skip external scripts and JSON-LD", () => {
    expect(inlineScriptHashes(PAGE)).toEqual([ALERT, NEXT_PUSH]);
    expect(inlineScriptHashes("<script>\r\nalert(1)\r</script>")).toEqual(
      inlineScriptHashes("<script>\nalert(1)\n</script>"),
    );
  });

  it("allow only the site's own files and the hashed scripts, never inline ones by default", () => {
    const policy = contentSecurityPolicy([ALERT]);
    expect(policy).toContain(`script-src 'self' '${ALERT}'`);
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
      expect(policy).toContain(directive);
    expect(policy).toContain("form-action 'self'");
    expect(policy).not.toContain("unsafe");
  });

  it("send HSTS only for an https site", () => {
    expect(staticSecurityHeaders("https://localoffer.seabourne.gov.uk")["Strict-Transport-Security"]).toBe(
      "max-age=31536000; includeSubDomains",
    );
    expect(staticSecurityHeaders("http://localhost:3000")["Strict-Transport-Security"]).toBeUndefined();
    expect(staticSecurityHeaders("http://localhost:3000")["X-Content-Type-Options"]).toBe("nosniff");
  });
});

describe("withSecurityHeaders in front of a real HTTP server", () => {
  let server: ReturnType<typeof createServer> | undefined;
  afterEach(() => server?.close());

  async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void) {
    server = createServer(withSecurityHeaders(handler, staticSecurityHeaders("https://example.org")));
    server.listen(0);
    await once(server, "listening");
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it("gives a streamed, compressed page a policy with the hashes of its own scripts", async () => {
    const url = await serve((req, res) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      if (req.url === "/plain") {
        res.writeHead(404, { "X-Extra": "1" });
        res.write(PAGE.slice(0, 100));
        res.end(PAGE.slice(100));
        return;
      }
      res.setHeader("Content-Encoding", "gzip");
      res.flushHeaders(); // as Next.js does before its first chunk
      const zipped = gzipSync(PAGE);
      res.write(zipped.subarray(0, 10));
      res.end(zipped.subarray(10));
    });
    for (const path of ["/zipped", "/plain"]) {
      const response = await fetch(url + path);
      expect(await response.text()).toBe(PAGE);
      expect(response.headers.get("content-security-policy")).toContain(`script-src 'self' '${ALERT}' '${NEXT_PUSH}';`);
      expect(response.headers.get("strict-transport-security")).toContain("max-age=31536000");
    }
    const plain = await fetch(`${url}/plain`);
    expect([plain.status, plain.headers.get("x-extra")]).toEqual([404, "1"]);
  });

  it("works under Next.js's own compression, for pages and for other files", async () => {
    const compress = compression();
    const url = await serve((req, res) =>
      compress(req, res, () => {
        res.setHeader("Content-Type", req.url === "/style.css" ? "text/css" : "text/html");
        res.write(PAGE.repeat(20).slice(0, 3000));
        res.end(PAGE.repeat(20).slice(3000));
      }),
    );
    for (const path of ["/", "/style.css"]) {
      const response = await fetch(url + path, { headers: { "accept-encoding": "gzip" } });
      expect(response.headers.get("content-encoding"), path).toBe("gzip");
      expect(await response.text(), path).toBe(PAGE.repeat(20));
    }
    const page = await fetch(url, { headers: { "accept-encoding": "gzip" } });
    expect(page.headers.get("content-security-policy")).toContain(ALERT);
  });

  it("passes other responses straight through, with the policy and no inline scripts", async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end('{"ok":true}');
    });
    const response = await fetch(url);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get("content-security-policy")).toBe(contentSecurityPolicy());
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
