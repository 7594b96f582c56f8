import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, logLevel } from "./logger";
import { loggedPath, requestId, withRequestLog } from "./request-log";

describe("the path a log line shows", () => {
  it("keeps each query parameter's name and drops every value", () => {
    expect(loggedPath("/services?q=jo%20bloggs&need=adhd&need=autism")).toBe("/services?q&need&need");
    expect(loggedPath("/api/auth/callback/email?token=abc123&email=jo%40example.com")).toBe(
      "/api/auth/callback/email?token&email",
    );
    expect(loggedPath("/services?q")).toBe("/services?q");
    expect(loggedPath("/services?")).toBe("/services");
    expect(loggedPath("/")).toBe("/");
    expect(loggedPath(undefined)).toBe("/");
  });

  it("hides names that could themselves be someone's words, and secret tokens in the path", () => {
    expect(loggedPath("/services?jo%20bloggs%20lives%20at%2012%20high%20street=1")).toBe("/services?_");
    expect(loggedPath("/services?%E0%A4%A=1")).toBe("/services?_");
    expect(loggedPath("/add-your-service/resume/s3cr3t-token?x=1")).toBe("/add-your-service/resume/:token?x");
    expect(loggedPath("/add-your-service/confirm/s3cr3t")).toBe("/add-your-service/confirm/:token");
    expect(loggedPath("/check/s3cr3t")).toBe("/check/:token");
    expect(loggedPath("/services/chill-out-youth-club")).toBe("/services/chill-out-youth-club");
  });

  it("stays short whatever is asked for", () => {
    expect(loggedPath(`/${"a".repeat(5000)}`).length).toBeLessThanOrEqual(302);
    const many = Array.from({ length: 100 }, (_, i) => `k${i}=v`).join("&");
    expect(loggedPath(`/services?${many}`)).toMatch(/k19&…$/);
  });
});

describe("the request id", () => {
  it("keeps a plain token from a proxy or CDN", () => {
    expect(requestId("0f6b7c1e-2f4a-4c1b-9d55-9a3c8e6f1a2b")).toBe("0f6b7c1e-2f4a-4c1b-9d55-9a3c8e6f1a2b");
    expect(requestId("Root=1-67891233-abcdef012345678912345678")).not.toContain("Root"); // "=" is not plain
    expect(requestId(["abc.123:x_y-z", "other"])).toBe("abc.123:x_y-z");
  });

  it("makes a new one for anything else", () => {
    const uuid = /^[0-9a-f-]{36}$/;
    for (const odd of [undefined, "", "a b", "<script>", "x".repeat(129), "jo@example.com", "line\nbreak"])
      expect(requestId(odd), String(odd)).toMatch(uuid);
    expect(requestId(undefined)).not.toBe(requestId(undefined));
  });
});

describe("the log level", () => {
  it("comes from LOG_LEVEL, info when unset or unknown", () => {
    expect(logLevel({ LOG_LEVEL: "debug" })).toBe("debug");
    expect(logLevel({ LOG_LEVEL: " WARN " })).toBe("warn");
    expect(logLevel({ LOG_LEVEL: "loud" })).toBe("info");
    expect(logLevel({})).toBe("info");
  });
});

describe("one log line per request", () => {
  it("has the id, method, path without values, status, duration and cache, and nothing personal", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, next) {
        lines.push(...String(chunk).split("\n").filter(Boolean));
        next();
      },
    });
    const logger = createLogger(sink, "info");
    const server = createServer(
      withRequestLog((req, res) => {
        res.setHeader("X-Page-Cache", "miss");
        res.setHeader("Set-Cookie", "theme=dark");
        res.end(`seen ${req.headers["x-request-id"]}`);
      }, logger),
    );
    server.listen(0);
    await once(server, "listening");
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://localhost:${port}/services?q=jo%20bloggs&need=adhd`, {
        headers: { "x-request-id": "from-the-proxy-1", cookie: "authjs.session-token=secret", "user-agent": "curl/8" },
      });
      expect(response.headers.get("x-request-id")).toBe("from-the-proxy-1");
      expect(await response.text()).toBe("seen from-the-proxy-1");
      const fresh = await fetch(`http://localhost:${port}/`);
      expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      await fresh.text();
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      server.close();
    }
    expect(lines).toHaveLength(2);
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({
      level: 30,
      msg: "request",
      requestId: "from-the-proxy-1",
      method: "GET",
      path: "/services?q&need",
      status: 200,
      cache: "miss",
      bot: true,
    });
    expect(line.durationMs).toBeGreaterThanOrEqual(0);
    expect(typeof line.time).toBe("string");
    for (const secret of ["jo", "bloggs", "adhd", "secret", "curl", "theme", "127.0.0.1", "::1"])
      expect(lines[0], secret).not.toMatch(new RegExp(`\\b${secret.replace(/[.:]/g, "\\$&")}\\b`));
  });
});
