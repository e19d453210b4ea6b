// Where the Prisma schema and migrations live. Resolved from the working directory because every
// entry point (next start, the CLI, vitest, npm scripts) runs from the project root, and the Next
// server bundle has no stable location relative to the sources.
import path from "node:path";

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
