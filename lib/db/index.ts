// lib/db's public surface: the process's database and the repositories that work on it.
export { getDb, bootstrapDatabase } from "./bootstrap";
export { openDatabase, type Database, type DatabaseKind, type DatabaseOptions } from "./client";
export * from "./designs";
export { ConflictError, NotFoundError, type HeadRevision } from "./errors";
export { seedEmbedded, SEED_DESIGN_NAME } from "./seed";
export { ensureLocalOwner, LOCAL_OWNER, type LocalOwner } from "./local-owner";
export type { PrismaClient } from "./generated/prisma/client";
