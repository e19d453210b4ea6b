import type { NextConfig } from "next";

// Packages that load .wasm or native files at run time stay out of the server bundle and load
// from node_modules as in plain Node (see shared/notes/stack.md).
const nextConfig: NextConfig = {
  // A separate build folder lets several builds (CI, a developer's e2e run) share one checkout.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "@prisma/adapter-pg",
    "@prisma/driver-adapter-utils",
    "@prisma/client",
    "pg",
    "@node-rs/argon2",
  ],
  poweredByHeader: false,
};

export default nextConfig;
