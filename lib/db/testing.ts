// Throwaway databases for tests: an embedded one in a temp directory always, and a fresh
// database on the Postgres server of DATABASE_URL when it is set (CI sets it), so that one suite
// runs on both engines. Each call makes its own database, so test files never see each other.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database, type DatabaseKind } from "./client";

export interface TestDatabaseTarget {
  kind: DatabaseKind;
  /** Opens a new, migrated, empty database; `close()` also deletes it. */
  open(): Promise<Database>;
}

export function testDatabaseTargets(): TestDatabaseTarget[] {
  const targets: TestDatabaseTarget[] = [{ kind: "embedded", open: openTempEmbedded }];
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) targets.push({ kind: "postgres", open: () => openTempPostgres(serverUrl) });
  return targets;
}

async function openTempEmbedded(): Promise<Database> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "blueprint-test-"));
  const db = await openDatabase({ kind: "embedded", dir });
  return {
    ...db,
    close: async () => {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function openTempPostgres(serverUrl: string): Promise<Database> {
  const temp = await createTempPostgresDatabase(serverUrl);
  const db = await openDatabase({ kind: "postgres", url: temp.url });
  return {
    ...db,
    close: async () => {
      await db.close();
      await temp.drop();
    },
  };
}

/** A new, empty database on the server of `serverUrl`, for tests that open it themselves. */
export async function createTempPostgresDatabase(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `blueprint_test_${randomUUID().replaceAll("-", "")}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // WITH (FORCE): the migration engine's pool may still hold an idle connection.
    drop: () => admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
