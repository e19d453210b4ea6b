import { CURRENT_SCHEMA_VERSION } from "./schema";

/**
 * Forward migrations of stored documents. Entry `n` turns a version-n document into version n+1;
 * a document is migrated step by step up to CURRENT_SCHEMA_VERSION before it is validated, so that
 * revisions saved years ago still open. Version 1 is the first format: there is nothing to migrate
 * yet, and the table is where the next format change adds its step.
 */
type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

const migrations: Record<number, Migration> = {};

export type MigrationResult =
  | { ok: true; document: unknown; fromVersion: number }
  | { ok: false; path: string; message: string };

export function migrateDesign(input: unknown): MigrationResult {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, path: "", message: "a design document must be a JSON object" };
  }
  let document = input as Record<string, unknown>;
  const version = document.schemaVersion ?? CURRENT_SCHEMA_VERSION;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { ok: false, path: "/schemaVersion", message: "schemaVersion must be a positive whole number" };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      path: "/schemaVersion",
      message: `schemaVersion ${version} is newer than this Blueprint understands (${CURRENT_SCHEMA_VERSION}); upgrade Blueprint to open it`,
    };
  }
  for (let from = version; from < CURRENT_SCHEMA_VERSION; from++) {
    const step = migrations[from];
    if (!step) return { ok: false, path: "/schemaVersion", message: `no migration from schemaVersion ${from}` };
    document = step(document);
  }
  return { ok: true, document: { ...document, schemaVersion: CURRENT_SCHEMA_VERSION }, fromVersion: version };
}
