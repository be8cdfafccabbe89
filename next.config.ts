import type { NextConfig } from "next";

import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
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
  ],
  // Migrations are read from disk at start-up; ship them with the server output.
  outputFileTracingIncludes: { "/*": ["./prisma/migrations/**/*"] },
  experimental: {
    authInterrupts: true,
  },
  // Set here rather than in proxy.ts so that static files, which the proxy skips, get them too.
  headers() {
    return Promise.resolve([{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }]);
  },
};

export default nextConfig;
