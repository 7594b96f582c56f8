// What the site tells browsers about itself on every response (docs/decisions/0015-public-page-cache.md,
// "Security headers"). Pure. The Content-Security-Policy allows only the site's own files and, for a
// page, the inline scripts that page carries, by their SHA-256 hash: Next.js inlines its React payload
// (`self.__next_f.push(…)`) and a bootstrap script in every page. Hashes, not a nonce, because a nonce
// would be frozen into pages the page cache serves again; a hash of the exact bytes stays right.
import { createHash } from "node:crypto";

export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((h) => `'${h}'`)].join(" "),
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** Headers for every response. HSTS only when the site's public address is https. */
export function staticSecurityHeaders(appUrl = process.env.APP_URL ?? ""): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ...(appUrl.startsWith("https://") ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

// Next.js escapes "<" inside its scripts, so the first "</script" ends one.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const DATA_BLOCK = /\btype\s*=\s*["']?(?!(?:text|application)\/(?:java|ecma)script|module)[^"'\s>]/i;

/**
 * The `sha256-…` sources for the inline scripts of an HTML document: every <script> with content and
 * no src, except data blocks (JSON-LD), which browsers never run. Hashed as the browser hashes them:
 * the text as parsed (line endings normalised to \n), in UTF-8.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (!text || /\bsrc\s*=/i.test(attributes) || DATA_BLOCK.test(attributes)) continue;
    const parsed = text.replace(/\r\n?/g, "\n");
    hashes.add(`sha256-${createHash("sha256").update(parsed, "utf8").digest("base64")}`);
  }
  return [...hashes];
}
