// Guards the WASM schema-engine glue (an internal Prisma package, pinned) and the migrations:
// schema.prisma and prisma/migrations must agree, and applied migrations must be recorded the
// way `prisma migrate deploy` records them, so that both tools can manage the same database.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./paths";
import { pgliteAdapter } from "./pglite-adapter";
import { applyMigrations, diffMigrationsToSchema, readMigrations, readSchemaFile } from "./schema-engine";

describe("schema engine", () => {
  const open: PGlite[] = [];
  const memoryDb = async () => {
    const pglite = await PGlite.create();
    open.push(pglite);
    return pglite;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.close()));
  });

  it("finds no difference between schema.prisma and the migrations", async () => {
    const schema = await readSchemaFile(SCHEMA_PATH);
    const sql = await diffMigrationsToSchema(pgliteAdapter(await memoryDb()), schema, MIGRATIONS_DIR);
    expect(sql, "run `npm run db:migration -- <name>` and commit the new migration").toBe("");
  });

  it("reports a schema change as SQL", async () => {
    const schema = await readSchemaFile(SCHEMA_PATH);
    const changed = {
      ...schema,
      content: schema.content.replace("archived     Boolean", "pinned Boolean @default(false)\n  archived Boolean"),
    };
    expect(changed.content).not.toBe(schema.content);
    const sql = await diffMigrationsToSchema(pgliteAdapter(await memoryDb()), changed, MIGRATIONS_DIR);
    expect(sql).toMatch(/ALTER TABLE "designs" ADD COLUMN\s+"pinned" BOOLEAN NOT NULL DEFAULT false/);
  });

  it("applies each migration once and records it with Prisma Migrate's checksum", async () => {
    const pglite = await memoryDb();
    const schema = await readSchemaFile(SCHEMA_PATH);
    const { migrationDirectories } = await readMigrations(MIGRATIONS_DIR);
    const names = migrationDirectories.map((m) => m.path);
    expect(names.length).toBeGreaterThan(0);

    expect(await applyMigrations(pgliteAdapter(pglite), schema, MIGRATIONS_DIR)).toEqual(names);
    expect(await applyMigrations(pgliteAdapter(pglite), schema, MIGRATIONS_DIR)).toEqual([]);

    const { rows } = await pglite.query<{ migration_name: string; checksum: string; finished: boolean }>(
      "SELECT migration_name, checksum, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name",
    );
    const expected = await Promise.all(
      names.map(async (name) => ({
        migration_name: name,
        checksum: createHash("sha256")
          .update(await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql")))
          .digest("hex"),
        finished: true,
      })),
    );
    expect(rows).toEqual(expected);
  });

  it("reads migrations oldest first with the lockfile", async () => {
    const list = await readMigrations(MIGRATIONS_DIR);
    const names = list.migrationDirectories.map((m) => m.path);
    expect(names).toEqual([...names].sort());
    for (const name of names) expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);
    expect(list.lockfile.content).toContain('provider = "postgresql"');
  });
});
