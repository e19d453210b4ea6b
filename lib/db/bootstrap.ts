// The configured database of this process: opened, migrated and (embedded only) seeded once, and
// shared by every request. Kept on globalThis because Next's dev server re-evaluates modules on
// hot reload, and a second PGlite on the same directory would corrupt it.
import path from "node:path";
import { config, type Config } from "../config";
import { openDatabase, type Database } from "./client";
import { seedEmbedded } from "./seed";

const holder = globalThis as typeof globalThis & { __blueprintDatabase?: Promise<Database> };

export function getDb(): Promise<Database> {
  holder.__blueprintDatabase ??= bootstrapDatabase(config).catch((error: unknown) => {
    // Let the next request try again (e.g. Postgres was still starting) instead of caching the failure.
    holder.__blueprintDatabase = undefined;
    throw error;
  });
  return holder.__blueprintDatabase;
}

/** Opens the database `cfg` names and brings it up to date; seeds a freshly created embedded one. */
export async function bootstrapDatabase(
  cfg: Pick<Config, "DATABASE_URL" | "BLUEPRINT_DATA_DIR">,
): Promise<Database> {
  if (cfg.DATABASE_URL) return openDatabase({ kind: "postgres", url: cfg.DATABASE_URL });
  const db = await openDatabase({ kind: "embedded", dir: path.join(cfg.BLUEPRINT_DATA_DIR, "pglite") });
  // Only on the start that created it: a user who deletes every design is not handed the
  // reference design again on the next start.
  if (db.created) await seedEmbedded(db.prisma);
  return db;
}
