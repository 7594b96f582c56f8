// The booklet as a PDF, printed on the server by Chromium from the booklet page itself (the same HTML
// and print rules a family's browser uses), with playwright-core. Each PDF costs a browser for a few
// seconds, so only a few render at once (the rest are told to try again), each has a time limit, and
// Chromium may load nothing but this site's own pages and files.
import "server-only";
import fs from "node:fs";
import { chromium } from "playwright-core";
import { log } from "@/lib/platform/logging/logger";

/** Two cores run the whole site in the reference set-up: two PDFs at once leaves room for pages. */
export const MAX_PDFS_AT_ONCE = 2;
export const PDF_TIMEOUT_MS = 30_000;

export type PdfResult =
  { ok: true; pdf: Buffer } | { ok: false; reason: "no-chromium" | "busy" | "timeout" | "failed" };

const shared = globalThis as unknown as { bookletPdfsRendering?: number };

/** CHROMIUM_PATH, or Debian's /usr/bin/chromium when it is there; null when there is none. */
export function chromiumPath(): string | null {
  const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  // A setting, not a project file: tell the bundler not to trace the whole project for it.
  return fs.existsSync(/* turbopackIgnore: true */ path) ? path : null;
}

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-dev-shm-usage",
];

/** `path`: the booklet page's path and query, e.g. `/print?need=autism`, fetched from this server itself. */
export async function renderBookletPdf(path: string): Promise<PdfResult> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    log.warn(
      `Booklet PDFs cannot be made: there is no Chromium at ${process.env.CHROMIUM_PATH || "/usr/bin/chromium"}. ` +
        "Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium program.",
    );
    return { ok: false, reason: "no-chromium" };
  }
  if ((shared.bookletPdfsRendering ?? 0) >= MAX_PDFS_AT_ONCE) return { ok: false, reason: "busy" };
  shared.bookletPdfsRendering = (shared.bookletPdfsRendering ?? 0) + 1;
  // The server's own port on the loopback address, never the Host header a visitor sent.
  const origin = `http://127.0.0.1:${process.env.PORT || 3000}`;
  const started = Date.now();
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  try {
    const work = (async () => {
      browser = await chromium.launch({ executablePath, args: ARGS, timeout: PDF_TIMEOUT_MS });
      if (stopped) throw new Error("stopped: took too long");
      const context = await browser.newContext({ javaScriptEnabled: false });
      await context.route("**/*", (route) =>
        new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
      );
      const page = await context.newPage();
      const response = await page.goto(origin + path, { waitUntil: "load", timeout: PDF_TIMEOUT_MS });
      if (!response?.ok()) throw new Error(`The booklet page answered ${response?.status()}`);
      return page.pdf({
        format: "A4",
        printBackground: true,
        margin: { top: "15mm", bottom: "18mm", left: "15mm", right: "15mm" },
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate:
          '<div style="font-size:9px;width:100%;text-align:center;color:#505a5f">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
      });
    })();
    const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), PDF_TIMEOUT_MS)));
    const result = await Promise.race([work, timeout]);
    if (result === "timeout") {
      stopped = true;
      work.catch(() => undefined); // closing the browser below makes it fail; nobody is waiting for it
      log.warn({ path, ms: Date.now() - started }, "A booklet PDF took too long and was stopped.");
      return { ok: false, reason: "timeout" };
    }
    log.info({ path, ms: Date.now() - started, bytes: result.length }, "Booklet PDF made.");
    return { ok: true, pdf: result };
  } catch (error) {
    log.error({ err: error, path }, "A booklet PDF could not be made: Chromium failed.");
    return { ok: false, reason: "failed" };
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => undefined);
    shared.bookletPdfsRendering = (shared.bookletPdfsRendering ?? 1) - 1;
  }
}
