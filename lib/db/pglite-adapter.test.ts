// The embedded database must report a failing migration instead of recording it as applied
// (the upstream adapter's executeScript does not await; see pglite-adapter.ts).
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, expect, it } from "vitest";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./paths";
import { pgliteAdapter } from "./pglite-adapter";
import { applyMigrations, readSchemaFile } from "./schema-engine";

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "blueprint-migrations-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

it("a failing migration rejects with Postgres' message and is not recorded as finished", async () => {
  const dir = path.join(tmp, "migrations");
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  await mkdir(path.join(dir, "29990101000000_broken"));
  await writeFile(
    path.join(dir, "29990101000000_broken", "migration.sql"),
    'CREATE TABLE "half" (id int);\nALTER TABLE "no_such_table" ADD COLUMN x int;\n',
  );
  const pglite = await PGlite.create();
  try {
    await expect(
      applyMigrations(pgliteAdapter(pglite), await readSchemaFile(SCHEMA_PATH), dir),
    ).rejects.toThrow(/no_such_table/);
    const { rows } = await pglite.query<{ migration_name: string; finished: boolean }>(
      "SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.at(-1)).toEqual({ migration_name: "29990101000000_broken", finished: false });
    // The script ran as one implicit transaction: nothing of it stayed behind.
    const half = await pglite.query("SELECT 1 FROM pg_tables WHERE tablename = 'half'");
    expect(half.rows).toEqual([]);
  } finally {
    await pglite.close();
  }
});
