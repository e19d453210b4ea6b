// Starting the app's database: the embedded one is created, migrated and seeded with the
// reference design exactly once; a DATABASE_URL database is migrated and left empty.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDesign } from "../design";
import { bootstrapDatabase } from "./bootstrap";
import { deleteDesign, getDesign, listDesigns } from "./designs";
import { LOCAL_OWNER } from "./local-owner";
import { SEED_DESIGN_NAME } from "./seed";
import { createTempPostgresDatabase } from "./testing";

describe("embedded database", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "blueprint-bootstrap-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });
  const start = () => bootstrapDatabase({ BLUEPRINT_DATA_DIR: dataDir, DATABASE_URL: undefined });

  const memberId = LOCAL_OWNER.id;

  it("first start creates it under <data dir>/pglite with the reference design in the local owner's team", async () => {
    const db = await start();
    try {
      expect(db).toMatchObject({ kind: "embedded", created: true });
      expect(existsSync(path.join(dataDir, "pglite", "PG_VERSION"))).toBe(true);
      const designs = await listDesigns(db.prisma, { memberId });
      expect(designs.map((d) => [d.name, d.headRevision, d.teamId])).toEqual([[SEED_DESIGN_NAME, 1, LOCAL_OWNER.teamId]]);
      expect(await db.prisma.membership.findMany({ select: { teamId: true, userId: true, role: true } })).toEqual([
        { teamId: LOCAL_OWNER.teamId, userId: LOCAL_OWNER.id, role: "owner" },
      ]);
      const { document } = await getDesign(db.prisma, designs[0]!.id);
      expect(parseDesign(document)).toMatchObject({ ok: true });
    } finally {
      await db.close();
    }
  });

  it("later starts keep the data and do not seed again, even with no designs left", async () => {
    const db = await start();
    try {
      expect(db).toMatchObject({ created: false, appliedMigrations: [] });
      const designs = await listDesigns(db.prisma, { memberId });
      expect(designs).toHaveLength(1);
      await deleteDesign(db.prisma, designs[0]!.id);
    } finally {
      await db.close();
    }
    const again = await start();
    try {
      expect(await listDesigns(again.prisma, { memberId })).toEqual([]);
    } finally {
      await again.close();
    }
  });
});

describe("required auth mode", () => {
  it("starts with no accounts and no seeded design", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "blueprint-required-"));
    try {
      const db = await bootstrapDatabase({ BLUEPRINT_DATA_DIR: dir, DATABASE_URL: undefined, BLUEPRINT_AUTH: "required" });
      try {
        expect(db.created).toBe(true);
        expect([await db.prisma.user.count(), await db.prisma.design.count()]).toEqual([0, 0]);
      } finally {
        await db.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.runIf(process.env.DATABASE_URL)("DATABASE_URL", () => {
  it("is migrated and not seeded", async () => {
    const temp = await createTempPostgresDatabase(process.env.DATABASE_URL!);
    try {
      const db = await bootstrapDatabase({ DATABASE_URL: temp.url, BLUEPRINT_DATA_DIR: "/nonexistent" });
      try {
        expect(db.kind).toBe("postgres");
        expect(db.appliedMigrations.length).toBeGreaterThan(0);
        expect(await db.prisma.design.count()).toBe(0);
      } finally {
        await db.close();
      }
    } finally {
      await temp.drop();
    }
  });
});
