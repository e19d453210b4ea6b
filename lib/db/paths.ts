// Where the Prisma schema and migrations live. Resolved from the working directory because every
// entry point (next start, the CLI, vitest, npm scripts) runs from the project root, and the Next
// server bundle has no stable location relative to the sources (and must not trace them).
import path from "node:path";

export const SCHEMA_PATH = path.resolve(/* turbopackIgnore: true */ "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve(/* turbopackIgnore: true */ "prisma/migrations");
