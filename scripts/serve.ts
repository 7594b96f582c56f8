// The production web server: Next.js's own request handler behind the public page cache
// (docs/decisions/0015-public-page-cache.md). `npm start` runs it after `next build`; it can also be
// run on its own with DATABASE_URL set: `node --import tsx scripts/serve.ts`.
// Runs without the react-server condition: Next.js loads its own React builds.
import { createServer } from "node:http";
import { withPageCache } from "@/lib/platform/page-cache/http";

// Before Next.js (and the React build it picks) is loaded, as `next start` does.
Object.assign(process.env, { NODE_ENV: "production" });
const { default: next } = await import("next");
const port = Number(process.env.PORT) || 3000;

const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();
const server = createServer(withPageCache((req, res) => handle(req, res)));
server.listen(port, () => console.log(`Ready on http://localhost:${port}`));

function stop() {
  server.close(() => process.exit(0));
  // Keep-alive connections can hold close() open; never hang a shutdown on them.
  setTimeout(() => process.exit(0), 2_000).unref();
  server.closeIdleConnections();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
