// The configured database of this process: opened, migrated and (embedded only) seeded once, and
// shared by every request. Kept on globalThis because Next's dev server re-evaluates modules on
// hot reload, and a second PGlite on the same directory would corrupt it.
import path from "node:path";
import { config, type Config } from "../config";
import { openDatabase, type Database } from "./client";
import { ensureLocalOwner } from "./local-owner";
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

/**
 * Opens the database `cfg` names and brings it up to date. In local auth mode (the default) the
 * local owner exists afterwards, and a freshly created embedded database gets the reference
 * design in the owner's team. Shared (required) deployments start with no accounts at all.
 */
export async function bootstrapDatabase(
  cfg: Pick<Config, "DATABASE_URL" | "BLUEPRINT_DATA_DIR"> & Partial<Pick<Config, "BLUEPRINT_AUTH">>,
): Promise<Database> {
  const local = (cfg.BLUEPRINT_AUTH ?? "local") === "local";
  const db = cfg.DATABASE_URL
    ? await openDatabase({ kind: "postgres", url: cfg.DATABASE_URL })
    : await openDatabase({ kind: "embedded", dir: path.join(cfg.BLUEPRINT_DATA_DIR, "pglite") });
  if (!local) return db;
  await ensureLocalOwner(db.prisma);
  // Only on the start that created it: a user who deletes every design is not handed the
  // reference design again on the next start.
  if (db.kind === "embedded" && db.created) await seedEmbedded(db.prisma);
  return db;
}
