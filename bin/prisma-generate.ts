// `prisma generate` for lib/db/generated/prisma (npm run db:generate; also npm's postinstall).
// Generate never runs the schema engine but insists that its binary exists, and downloading it
// fails here (see shared/notes/prisma-without-engine-downloads.md): point it at any existing
// file unless the caller configured a real engine.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");

const result = spawnSync(process.execPath, [prismaCli, "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    // No route to the internet: skip the update check and telemetry ping.
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
process.exit(result.status ?? 1);
