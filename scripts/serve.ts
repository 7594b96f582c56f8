// The production web server: Next.js's own request handler behind the public page cache
// (docs/decisions/0015-public-page-cache.md). `npm run serve` runs it alone (production: no build, no
// seed, no embedded services; docs/deploying.md); `npm start` runs it after preparing all of those.
// Runs without the react-server condition: Next.js loads its own React builds.
import fs from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { stampClientAddress } from "@/lib/platform/client-address";
import { checkServeConfig } from "@/lib/platform/config";
import { log } from "@/lib/platform/logging/logger";
import { withRequestLog } from "@/lib/platform/logging/request-log";
import { withCacheControl } from "@/lib/platform/page-cache/cache-control";
import { findSessionExpiry } from "@/lib/platform/page-cache/data";
import { withPageCache } from "@/lib/platform/page-cache/http";
import { createSessionCheck } from "@/lib/platform/page-cache/session-check";
import { pageCacheLimits } from "@/lib/platform/page-cache/store";
import { withSecurityHeaders } from "@/lib/platform/security-headers/http";
import { UNLIMITED_PATHS, withRenderLimit } from "@/lib/platform/runtime/render-limit";
import { runShutdownHooks } from "@/lib/platform/shutdown";
import { withPageViewCounts } from "@/lib/reports/usage/http";

// Every setting checked before anything starts: a missing DATABASE_URL or AUTH_SECRET, a bad value or
// no build stops here with one plain line each (lib/platform/config.ts), exit code 1.
const settings = checkServeConfig((distDir) => fs.existsSync(path.join(distDir, "BUILD_ID")));
// Before Next.js (and the React build it picks) is loaded, as `next start` does.
Object.assign(process.env, { NODE_ENV: "production" });
const { default: next } = await import("next");
const port = settings.PORT ?? 3000;

const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();
// Security headers inside the cache, so a cached page keeps the policy made for its own scripts. A
// session cookie bypasses the cache only if it names a real session (a made-up one would flush it).
// Pages that are not in the cache take their turn: a few rendered at once, the rest in line (render-limit.ts).
const rendered = withRenderLimit(
  withSecurityHeaders((req, res) => handle(req, res)),
  {
    concurrency: settings.RENDER_CONCURRENCY ?? 8,
    queueTimeoutMs: settings.RENDER_QUEUE_TIMEOUT_MS ?? 15_000,
    exempt: UNLIMITED_PATHS,
  },
);
const cached = withPageCache(rendered, pageCacheLimits(), createSessionCheck(findSessionExpiry));
// Page views are counted outside the cache, so a page served from it counts too (lib/reports/usage/).
// Cache-Control for browsers and CDNs is decided outside the cache too, for hits and misses alike.
const counted = withPageViewCounts(withCacheControl(cached));
// One JSON log line per request, with an id sent back as X-Request-Id (lib/platform/logging/).
const logged = withRequestLog(counted, log);
// The socket's address, for rate limits, in a header no client can forge (lib/platform/client-address.ts).
const server = createServer((req, res) => {
  stampClientAddress(req);
  return logged(req, res);
});
// Keep idle connections open longer than the proxy in front does (AWS and Azure load balancers: 60 s;
// deploy/Caddyfile: 30 s). With Node's 5 s default the server closes a connection the proxy is just
// reusing, and a visitor gets a 502 for no reason. Headers must time out later than keep-alive does.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, () => log.info({ port }, `Ready on http://localhost:${port}`));

async function stop() {
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  // Keep-alive connections can hold close() open; never hang a shutdown on them.
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
  // Then what is still in memory (the search log's and page views' counts) is written before the process goes.
  await runShutdownHooks();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
