// Sets the security headers on every response of the production server (scripts/serve.ts). An HTML
// page is held until Next.js has finished it, so its policy can name the hashes of exactly the inline
// scripts it carries; the page cache (outside this wrapper) keeps that header with the page's bytes.
// Pages render in a few milliseconds, so holding them costs little; other responses stream as before.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { contentSecurityPolicy, inlineScriptHashes, staticSecurityHeaders } from "./policy";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;
type Write = (chunk: unknown, ...rest: unknown[]) => boolean;
type End = (chunk?: unknown, ...rest: unknown[]) => ServerResponse;

export function withSecurityHeaders(handle: Handler, headers = staticSecurityHeaders()): Handler {
  return (req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.setHeader("Content-Security-Policy", contentSecurityPolicy());
    holdHtml(res);
    return handle(req, res);
  };
}

/**
 * Intercepts the response: once its type is known, anything but HTML passes straight through; HTML is
 * collected (already compressed, if Next.js compresses it) and sent at the end with its own policy.
 */
function holdHtml(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  const write = res.write.bind(res) as Write;
  const end = res.end.bind(res) as End;
  const chunks: Buffer[] = [];
  let mode: "undecided" | "pass" | "hold" = "undecided";

  const decide = () => {
    if (mode !== "undecided") return mode;
    // Our wrappers stay in place either way: Next.js's compression has wrapped them in its turn.
    mode = String(res.getHeader("content-type") ?? "").startsWith("text/html") ? "hold" : "pass";
    return mode;
  };

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((r) => typeof r === "object" && r !== null);
    applyHeaders(res, headers as OutgoingHttpHeaders | unknown[] | undefined);
    res.statusCode = status;
    if (typeof rest[0] === "string") res.statusMessage = rest[0];
    return decide() === "pass" ? writeHead(status) : res;
  }) as ServerResponse["writeHead"];
  // Next.js flushes headers before its first chunk; a held page sends them at the end. Going through
  // writeHead still lets Next.js's compression choose its encoding now, as a real flush would.
  res.flushHeaders = () => {
    if (decide() === "pass") flushHeaders();
    else res.writeHead(res.statusCode);
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (decide() === "pass") return write(chunk, ...rest);
    keep(chunks, chunk, rest[0]);
    const callback = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  }) as ServerResponse["write"];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (decide() === "pass") return end(chunk, ...rest);
    if (typeof chunk === "function") rest = [chunk];
    else keep(chunks, chunk, rest[0]);
    const body = Buffer.concat(chunks);
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(hashesOf(body, res)));
    writeHead(res.statusCode);
    const callback = rest.find((r) => typeof r === "function");
    return callback ? end(body, callback) : end(body);
  }) as ServerResponse["end"];
}

function applyHeaders(res: ServerResponse, headers: OutgoingHttpHeaders | unknown[] | undefined): void {
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
  } else if (headers) {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
  }
}

function keep(chunks: Buffer[], chunk: unknown, encoding: unknown): void {
  if (typeof chunk === "string")
    chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
  else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
}

/** The page's inline script hashes, reading through the compression Next.js applied. */
function hashesOf(body: Buffer, res: ServerResponse): string[] {
  if (!body.length) return [];
  const encoding = String(res.getHeader("content-encoding") ?? "").toLowerCase();
  try {
    const html =
      encoding === "gzip"
        ? gunzipSync(body)
        : encoding === "br"
          ? brotliDecompressSync(body)
          : encoding === "deflate"
            ? inflateSync(body)
            : body;
    return inlineScriptHashes(html.toString("utf8"));
  } catch {
    // Unreadable: the policy then allows no inline script, which breaks scripts, never protection.
    return [];
  }
}
