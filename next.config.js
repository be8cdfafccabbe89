import staticSecurityHeaders from "./lib/http/static-security-headers.json" with { type: "json" };

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files from its own package folder at run time,
  // and the Prisma runtime ships its query compiler as WebAssembly: keep them out of the bundle.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/client",
    "@prisma/adapter-pg",
    "pg",
    "proper-lockfile",
    // The PNG export renders SVG with resvg's native binding, loaded from its own package.
    "@resvg/resvg-js",
  ],
  // `npm test` type-checks the whole tree (`npm run typecheck`, the same files and route types)
  // before it builds, so its build skips a second pass.
  typescript: { ignoreBuildErrors: process.env.COALITION_BUILD_SKIPS_TYPECHECK === "1" },
  // Migrations are read from disk at start-up, and the embedded database's thread runs its script
  // from disk (lib/db/pglite-thread.ts); ship them with the server output.
  outputFileTracingIncludes: { "/*": ["./prisma/migrations/**/*", "./lib/db/pglite-worker.mjs"] },
  experimental: {
    authInterrupts: true,
    // The largest body any page takes: the organisation import's CSV file of up to 2 MB, and
    // then its text again, each in its own request. proxy.ts holds each page to its own, smaller
    // limit first, with a message that says what it is (lib/http/upload-limits.ts).
    serverActions: { bodySizeLimit: "3mb" },
  },
  // Set here rather than in proxy.ts so that static files, which the proxy skips, get them too.
  headers() {
    return Promise.resolve([{ source: "/:path*", headers: staticSecurityHeaders }]);
  },
};

export default nextConfig;
