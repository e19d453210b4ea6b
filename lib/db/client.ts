// Opens the database: Postgres when a URL is given, otherwise the embedded PGlite in a data
// directory (so that `npm start` works with nothing installed). Either way the migrations in
// prisma/migrations are applied first, with the same engine and bookkeeping as Prisma Migrate.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { pgliteAdapter } from "./pglite-adapter";
import { PrismaClient } from "./generated/prisma/client";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./paths";
import { applyMigrations, readSchemaFile } from "./schema-engine";

export type DatabaseKind = "embedded" | "postgres";

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** Migrations this open applied; all of them on a fresh database. */
  appliedMigrations: string[];
  /** True when this open created the embedded database (its data directory was empty). */
  created: boolean;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { kind: "postgres"; url: string; migrationsDir?: string }
  | { kind: "embedded"; dir: string; migrationsDir?: string };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const schema = await readSchemaFile(SCHEMA_PATH);
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;

  if (options.kind === "postgres") {
    const appliedMigrations = await applyMigrations(
      new PrismaPg({ connectionString: options.url }),
      schema,
      migrationsDir,
    );
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: options.url }) });
    return {
      prisma,
      kind: "postgres",
      appliedMigrations,
      created: false,
      close: () => prisma.$disconnect(),
    };
  }

  // Every Postgres data directory has PG_VERSION; PGlite writes it when it initialises one.
  const created = !existsSync(path.join(options.dir, "PG_VERSION"));
  await mkdir(options.dir, { recursive: true });
  // One PGlite instance per data directory and process: it is a single-connection database,
  // so the migration engine and the client share it.
  const pglite = await PGlite.create(options.dir);
  try {
    const appliedMigrations = await applyMigrations(pgliteAdapter(pglite), schema, migrationsDir);
    const prisma = new PrismaClient({ adapter: pgliteAdapter(pglite) });
    return {
      prisma,
      kind: "embedded",
      appliedMigrations,
      created,
      close: async () => {
        await prisma.$disconnect();
        await pglite.close();
      },
    };
  } catch (error) {
    await pglite.close();
    throw error;
  }
}
