// The teams_and_reviews migration on a database that already holds designs: they must end up in
// the local owner's personal team (the fixed ids of local-owner.ts), and the local owner must be
// the one ensureLocalOwner finds, not a second one.
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, expect, it } from "vitest";
import { PrismaClient } from "./generated/prisma/client";
import { LOCAL_OWNER, ensureLocalOwner } from "./local-owner";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./paths";
import { pgliteAdapter } from "./pglite-adapter";
import { applyMigrations, readSchemaFile } from "./schema-engine";

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

it("gives designs made before accounts to the local owner's team", async () => {
  const [first, ...rest] = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  expect(rest.some((name) => name.endsWith("_teams_and_reviews"))).toBe(true);
  // A migrations folder as it was before accounts: the init migration only.
  const before = await mkdtemp(path.join(os.tmpdir(), "blueprint-migrations-"));
  cleanup.push(() => rm(before, { recursive: true, force: true }));
  await cp(path.join(MIGRATIONS_DIR, first!), path.join(before, first!), { recursive: true });
  await cp(path.join(MIGRATIONS_DIR, "migration_lock.toml"), path.join(before, "migration_lock.toml"));

  const pglite = await PGlite.create();
  cleanup.push(() => pglite.close());
  const schema = await readSchemaFile(SCHEMA_PATH);
  await applyMigrations(pgliteAdapter(pglite), schema, before);
  await pglite.exec(`
    INSERT INTO designs (id, name, head_revision, updated_at) VALUES ('d1', 'old design', 1, now());
    INSERT INTO revisions (id, design_id, number, document, author_name) VALUES ('r1', 'd1', 1, '{}', 'ana');
  `);

  expect(await applyMigrations(pgliteAdapter(pglite), schema, MIGRATIONS_DIR)).toEqual(rest);
  const prisma = new PrismaClient({ adapter: pgliteAdapter(pglite) });
  cleanup.push(() => prisma.$disconnect());
  expect(await prisma.design.findUniqueOrThrow({ where: { id: "d1" }, select: { teamId: true } })).toEqual({ teamId: LOCAL_OWNER.teamId });
  expect(await prisma.membership.findMany({ select: { teamId: true, userId: true, role: true } })).toEqual([
    { teamId: LOCAL_OWNER.teamId, userId: LOCAL_OWNER.id, role: "owner" },
  ]);
  await ensureLocalOwner(prisma);
  expect(await prisma.user.count()).toBe(1);
  expect(await prisma.user.findUniqueOrThrow({ where: { id: LOCAL_OWNER.id } })).toMatchObject({ email: LOCAL_OWNER.email, isLocal: true, passwordHash: null });
});
