// The only module that touches Prisma's WebAssembly schema engine (@prisma/schema-engine-wasm).
// The Prisma CLI downloads a native engine for `migrate`, which these machines cannot reach; the
// WASM build of the same engine applies the same prisma/migrations folder and records it in the
// same `_prisma_migrations` table, so `prisma migrate deploy` elsewhere agrees with us. The
// package is internal to Prisma (exact version pinned in package.json); schema-engine.test.ts
// fails loudly if an upgrade changes what we rely on.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

const LOCKFILE = "migration_lock.toml";
const MIGRATION_FILE = "migration.sql";
const noFilters = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;

// Node 20 cannot import the package entry (it imports a .wasm file), so instantiate the module
// ourselves, exactly as the entry would. Once per process: the bindings hold global state.
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    // Left to Node at run time: in the Next server bundle Turbopack would otherwise turn the
    // resolved path into a module id.
    const bgPath = require.resolve(/* turbopackIgnore: true */ "@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    const wasmModule = await WebAssembly.compile(bytes);
    const instance = await WebAssembly.instantiate(wasmModule, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

export interface SchemaFile {
  path: string;
  content: string;
}

export async function readSchemaFile(schemaPath: string): Promise<SchemaFile> {
  return { path: schemaPath, content: await readFile(schemaPath, "utf8") };
}

/** Reads a Prisma Migrate folder (`<timestamp>_<name>/migration.sql` + lockfile), oldest first. */
export async function readMigrations(migrationsDir: string): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const migrationDirectories = await Promise.all(
    dirs.map(async (dir) => ({
      path: dir,
      migrationFile: {
        path: MIGRATION_FILE,
        content: await readFile(path.join(migrationsDir, dir, MIGRATION_FILE), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: unknown) => ({ tag: "error" as const, value: String(error) }),
        ),
      },
    })),
  );
  const lockContent = await readFile(path.join(migrationsDir, LOCKFILE), "utf8").catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

async function withEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema: SchemaFile,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  // A bare adapter factory fails inside the engine ("reading 'externalPool'"): it expects the
  // error-capturing wrapper that Prisma's CLI puts around it.
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

/** Applies the migrations the database has not seen yet; returns their names. */
export async function applyMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema: SchemaFile,
  migrationsDir: string,
): Promise<string[]> {
  const migrationsList = await readMigrations(migrationsDir);
  return withEngine(adapterFactory, schema, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList,
      filters: noFilters,
    });
    return appliedMigrationNames;
  });
}

/**
 * SQL that would bring a database migrated with `migrationsDir` to `schema`; "" when they agree.
 * Replays the migrations on the adapter's shadow database.
 */
export async function diffMigrationsToSchema(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema: SchemaFile,
  migrationsDir: string,
): Promise<string> {
  const migrationsList = await readMigrations(migrationsDir);
  return withEngine(adapterFactory, schema, async (engine) => {
    const { stdout } = await engine.diff({
      // The engine refuses a migrations source without a lockfile, i.e. before the first one.
      from:
        migrationsList.migrationDirectories.length === 0
          ? { tag: "empty" }
          : { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    // An empty diff still prints a comment line.
    const statements = (stdout ?? "")
      .split("\n")
      .some((line) => line.trim() !== "" && !line.startsWith("--"));
    return statements ? (stdout ?? "") : "";
  });
}

/** Prisma Migrate's lockfile, written beside the first migration. */
export const MIGRATION_LOCKFILE = {
  name: LOCKFILE,
  content:
    "# Please do not edit this file manually\n" +
    "# It should be added in your version-control system (e.g., Git)\n" +
    'provider = "postgresql"\n',
};
