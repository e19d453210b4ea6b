// The designs repository on every database the app runs on: the embedded PGlite always, and
// Postgres when DATABASE_URL is set. No mocks: each target is a fresh, migrated database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import {
  createDesign,
  deleteDesign,
  getDesign,
  listDesigns,
  listRevisions,
  saveDesign,
  updateDesign,
} from "./designs";
import { ConflictError, NotFoundError } from "./errors";
import { testDatabaseTargets } from "./testing";

describe.each(testDatabaseTargets())("designs repository on $kind", ({ open }) => {
  let db: Database;
  // A member of the team every design here belongs to, and someone in another team.
  let teamId: string;
  let memberId: string;
  let outsiderId: string;
  beforeAll(async () => {
    db = await open();
    const team = await db.prisma.team.create({ data: { name: "platform" } });
    const member = await db.prisma.user.create({ data: { email: "ana@example.com", name: "Ana" } });
    const outsider = await db.prisma.user.create({ data: { email: "olu@example.com", name: "Olu" } });
    const other = await db.prisma.team.create({ data: { name: "other", personal: true } });
    await db.prisma.membership.createMany({
      data: [
        { teamId: team.id, userId: member.id, role: "viewer" },
        { teamId: other.id, userId: outsider.id, role: "owner" },
      ],
    });
    [teamId, memberId, outsiderId] = [team.id, member.id, outsider.id];
  });
  afterAll(async () => {
    await db?.close();
  });

  const doc = (n: number) => ({ schemaVersion: 1, cluster: { name: `c-${n}` }, n });
  const newDesign = (name = "fabric") =>
    createDesign(db.prisma, teamId, { name, document: doc(1), message: "first", authorName: "ana" });

  it("creates a design at revision 1 and reads it back", async () => {
    const created = await createDesign(db.prisma, teamId, {
      name: "Frankfurt",
      description: "dc1",
      document: doc(1),
      message: "initial",
      authorName: "Ana",
      authorId: memberId,
    });
    expect(created).toMatchObject({ name: "Frankfurt", description: "dc1", headRevision: 1, archived: false, teamId });
    const read = await getDesign(db.prisma, created.id);
    expect(read).toMatchObject({
      id: created.id,
      revision: 1,
      headRevision: 1,
      document: doc(1),
      message: "initial",
      authorName: "Ana",
      authorId: memberId,
    });
    expect(read.revisionCreatedAt).toBeInstanceOf(Date);
  });

  it("saves append revisions; old revisions stay readable", async () => {
    const { id } = await newDesign();
    expect(
      await saveDesign(db.prisma, id, { baseRevision: 1, document: doc(2), message: "two", authorId: memberId, authorName: "Ana" }),
    ).toBe(2);
    expect(await saveDesign(db.prisma, id, { baseRevision: 2, document: doc(3) })).toBe(3);
    expect(await getDesign(db.prisma, id)).toMatchObject({ headRevision: 3, revision: 3, document: doc(3), message: null });
    expect(await getDesign(db.prisma, id, 2)).toMatchObject({ headRevision: 3, revision: 2, document: doc(2), message: "two" });
    const revisions = await listRevisions(db.prisma, id);
    expect(revisions.map((r) => [r.number, r.message, r.authorName, r.authorId])).toEqual([
      [3, null, null, null],
      [2, "two", "Ana", memberId],
      [1, "first", "ana", null],
    ]);
  });

  it("a stale save is a ConflictError carrying the head, and writes nothing", async () => {
    const { id } = await newDesign();
    await saveDesign(db.prisma, id, { baseRevision: 1, document: doc(2), message: "theirs" });
    const error = await saveDesign(db.prisma, id, { baseRevision: 1, document: doc(99) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    const conflict = error as ConflictError;
    expect(conflict.baseRevision).toBe(1);
    expect(conflict.head).toMatchObject({ number: 2, document: doc(2), message: "theirs" });
    expect(conflict.head.createdAt).toBeInstanceOf(Date);
    expect(await getDesign(db.prisma, id)).toMatchObject({ headRevision: 2, document: doc(2) });
    expect(await listRevisions(db.prisma, id)).toHaveLength(2);
    // A base ahead of the head is as stale as one behind it.
    await expect(saveDesign(db.prisma, id, { baseRevision: 7, document: doc(8) })).rejects.toBeInstanceOf(ConflictError);
  });

  it("of 20 concurrent saves on the same base exactly one wins", async () => {
    const { id } = await newDesign();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => saveDesign(db.prisma, id, { baseRevision: 1, document: doc(100 + i) })),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won.map((r) => r.value)).toEqual([2]);
    expect(lost).toHaveLength(19);
    for (const r of lost) expect(r.reason).toBeInstanceOf(ConflictError);
    expect((await listRevisions(db.prisma, id)).map((r) => r.number)).toEqual([2, 1]);
  });

  it("20 concurrent writers that rebase on conflict leave revisions without gaps or duplicates", async () => {
    const { id } = await newDesign();
    const writer = async (i: number): Promise<number> => {
      let base = 1;
      for (;;) {
        try {
          return await saveDesign(db.prisma, id, { baseRevision: base, document: doc(i) });
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
          base = error.head.number;
        }
      }
    };
    const numbers = await Promise.all(Array.from({ length: 20 }, (_, i) => writer(i)));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    const revisions = await listRevisions(db.prisma, id);
    expect(revisions.map((r) => r.number)).toEqual(Array.from({ length: 21 }, (_, i) => 21 - i));
    expect((await getDesign(db.prisma, id)).headRevision).toBe(21);
  });

  it("updates name, description and archived without a new revision; lists hide archived", async () => {
    const { id } = await newDesign("to-archive");
    const renamed = await updateDesign(db.prisma, id, { name: "renamed", description: "why" });
    expect(renamed).toMatchObject({ name: "renamed", description: "why", headRevision: 1, archived: false });
    await updateDesign(db.prisma, id, { archived: true });
    expect((await listDesigns(db.prisma, { memberId })).map((d) => d.id)).not.toContain(id);
    const all = await listDesigns(db.prisma, { memberId, includeArchived: true });
    expect(all.find((d) => d.id === id)).toMatchObject({ name: "renamed", archived: true });
    expect(await listRevisions(db.prisma, id)).toHaveLength(1);
  });

  it("lists the most recently changed design first", async () => {
    const older = await newDesign("older");
    const newer = await newDesign("newer");
    await saveDesign(db.prisma, older.id, { baseRevision: 1, document: doc(2) });
    const ids = (await listDesigns(db.prisma, { memberId })).map((d) => d.id);
    expect(ids.indexOf(older.id)).toBeLessThan(ids.indexOf(newer.id));
  });

  it("lists only designs of the member's teams", async () => {
    const { id } = await newDesign("team-only");
    expect((await listDesigns(db.prisma, { memberId })).map((d) => d.id)).toContain(id);
    expect(await listDesigns(db.prisma, { memberId: outsiderId, includeArchived: true })).toEqual([]);
    expect(await listDesigns(db.prisma, { memberId: "no-such-user" })).toEqual([]);
  });

  it("deletes a design with its revisions", async () => {
    const { id } = await newDesign("doomed");
    await saveDesign(db.prisma, id, { baseRevision: 1, document: doc(2) });
    await deleteDesign(db.prisma, id);
    await expect(getDesign(db.prisma, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.prisma.revision.count({ where: { designId: id } })).toBe(0);
  });

  it("unknown ids and revisions are NotFoundError everywhere", async () => {
    const missing = "does-not-exist";
    const calls = [
      () => getDesign(db.prisma, missing),
      () => saveDesign(db.prisma, missing, { baseRevision: 1, document: doc(1) }),
      () => updateDesign(db.prisma, missing, { name: "x" }),
      () => deleteDesign(db.prisma, missing),
      () => listRevisions(db.prisma, missing),
    ];
    for (const call of calls) await expect(call()).rejects.toBeInstanceOf(NotFoundError);
    const { id } = await newDesign();
    await expect(getDesign(db.prisma, id, 5)).rejects.toMatchObject({ entity: "revision" });
  });
});
