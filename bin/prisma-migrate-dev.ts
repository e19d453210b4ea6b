// Writes the next Prisma Migrate migration for the changes in prisma/schema.prisma:
//   npm run db:migration -- <name>
// The native engine behind `prisma migrate dev` cannot be downloaded here, so the WASM engine
// replays the existing migrations on a throwaway in-memory PGlite and diffs against the schema.
// (The engine's own createMigration wants an external shadow database, which diff does not.)
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { MIGRATION_LOCKFILE, diffMigrationsToSchema, readSchemaFile } from "../lib/db/schema-engine";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "../lib/db/paths";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <name>   (lower case, digits and _)");
  process.exit(2);
}

const pglite = new PGlite();
const sql = await diffMigrationsToSchema(
  new PrismaPGlite(pglite),
  await readSchemaFile(SCHEMA_PATH),
  MIGRATIONS_DIR,
);
await pglite.close();

if (sql === "") {
  console.log("prisma/schema.prisma and prisma/migrations agree: no migration written.");
} else {
  // Prisma Migrate's naming: UTC timestamp, so that directories sort in the order they apply.
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  // Prisma Migrate refuses a folder without its lockfile; rewriting it is harmless.
  await writeFile(path.join(MIGRATIONS_DIR, MIGRATION_LOCKFILE.name), MIGRATION_LOCKFILE.content);
  console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}
// The WASM schema engine leaves a 10 s timer behind that would hold the process open.
process.exit(0);
