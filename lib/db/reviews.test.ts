// Review requests, verdicts, comments and share links on every database the app runs on (the
// embedded PGlite always, Postgres when DATABASE_URL is set). No mocks: fresh migrated databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { createComment, listCommentThreads, setThreadResolved } from "./comments";
import { createDesign, saveDesign } from "./designs";
import { NotFoundError } from "./errors";
import { addVerdict, createReviewRequest, getReviewSummary, listReviewRequests, nonMembers } from "./reviews";
import { createShareLink, listShareLinks, openShareLink, revokeShareLink } from "./share-links";
import { testDatabaseTargets } from "./testing";

describe.each(testDatabaseTargets())("review repositories on $kind", ({ open }) => {
  let db: Database;
  let teamId: string;
  let ed: string; // editor
  let rita: string; // reviewer
  let olu: string; // in another team
  beforeAll(async () => {
    db = await open();
    const team = await db.prisma.team.create({ data: { name: "platform" } });
    const other = await db.prisma.team.create({ data: { name: "other" } });
    const users = await Promise.all(
      ["ed", "rita", "olu"].map((name) => db.prisma.user.create({ data: { email: `${name}@example.com`, name } })),
    );
    [ed, rita, olu] = users.map((u) => u.id) as [string, string, string];
    await db.prisma.membership.createMany({
      data: [
        { teamId: team.id, userId: ed, role: "editor" },
        { teamId: team.id, userId: rita, role: "reviewer" },
        { teamId: other.id, userId: olu, role: "owner" },
      ],
    });
    teamId = team.id;
  });
  afterAll(async () => {
    await db?.close();
  });

  const doc = (n: number) => ({ schemaVersion: 1, cluster: { name: `c-${n}` } });
  async function designAtRevision(head: number) {
    const design = await createDesign(db.prisma, teamId, { name: "fabric", document: doc(1), authorId: ed });
    for (let n = 1; n < head; n++) await saveDesign(db.prisma, design.id, { baseRevision: n, document: doc(n + 1) });
    return design.id;
  }

  it("takes a design from draft through changes requested to approval, and shows an approval went stale", async () => {
    const id = await designAtRevision(2);
    expect((await getReviewSummary(db.prisma, id)).state).toEqual({ state: "draft" });

    const request = await createReviewRequest(db.prisma, { designId: id, revision: 2, requestedById: ed, reviewerIds: [rita, rita] });
    expect(request).toMatchObject({ revision: 2, requestedBy: { id: ed, name: "ed" }, reviewers: [{ id: rita, name: "rita" }], closedAt: null });
    expect((await getReviewSummary(db.prisma, id)).state).toMatchObject({ state: "in_review", revision: 2, pendingReviewerIds: [rita] });

    await addVerdict(db.prisma, { designId: id, revision: 2, reviewerId: rita, verdict: "request_changes", note: "rack too big" });
    expect((await getReviewSummary(db.prisma, id)).state).toMatchObject({ state: "changes_requested", revision: 2 });

    await saveDesign(db.prisma, id, { baseRevision: 2, document: doc(3) });
    await createReviewRequest(db.prisma, { designId: id, revision: 3, requestedById: ed, reviewerIds: [rita] });
    const requests = await listReviewRequests(db.prisma, id);
    // The request for revision 3 replaced (closed) the one for revision 2.
    expect(requests.map((r) => [r.revision, r.closedAt === null])).toEqual([
      [3, true],
      [2, false],
    ]);

    await addVerdict(db.prisma, { designId: id, revision: 3, reviewerId: rita, verdict: "approve" });
    const approved = await getReviewSummary(db.prisma, id);
    expect(approved.state).toEqual({ state: "approved", revision: 3, outdated: false, verdicts: { [rita]: "approve" }, pendingReviewerIds: [] });
    expect(approved.verdicts.map((v) => [v.revision, v.verdict, v.note])).toEqual([
      [3, "approve", null],
      [2, "request_changes", "rack too big"],
    ]);

    await saveDesign(db.prisma, id, { baseRevision: 3, document: doc(4) });
    expect((await getReviewSummary(db.prisma, id)).state).toMatchObject({ state: "approved", revision: 3, outdated: true });
  });

  it("refuses reviews and verdicts of revisions that do not exist", async () => {
    const id = await designAtRevision(1);
    await expect(createReviewRequest(db.prisma, { designId: id, revision: 2, requestedById: ed, reviewerIds: [rita] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addVerdict(db.prisma, { designId: id, revision: 9, reviewerId: rita, verdict: "approve" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReviewSummary(db.prisma, "no-such-design")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("names reviewers who are not in the design's team", async () => {
    expect(await nonMembers(db.prisma, teamId, [rita, olu, "ghost"])).toEqual([olu, "ghost"]);
  });

  it("keeps comment threads one level deep, anchored where their first comment is, and resolves them whole", async () => {
    const id = await designAtRevision(2);
    const root = await createComment(db.prisma, { designId: id, revision: 2, authorId: rita, body: "<b>too big</b>", anchor: "/racks/0" });
    if (!root.ok) throw new Error(root.reason);
    const reply = await createComment(db.prisma, { designId: id, revision: 2, authorId: ed, body: "fixed", parentId: root.value.id });
    if (!reply.ok) throw new Error(reply.reason);
    // A reply to the reply joins the same thread.
    const nested = await createComment(db.prisma, { designId: id, revision: 2, authorId: rita, body: "thanks", parentId: reply.value.id });
    expect(nested).toMatchObject({ ok: true, value: { parentId: root.value.id, anchor: "/racks/0" } });
    await createComment(db.prisma, { designId: id, revision: 1, authorId: rita, body: "older" });

    const threads = await listCommentThreads(db.prisma, id, 2);
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ body: "<b>too big</b>", anchor: "/racks/0", author: { name: "rita" }, resolvedAt: null });
    expect(threads[0]!.replies.map((r) => r.body)).toEqual(["fixed", "thanks"]);
    expect(await listCommentThreads(db.prisma, id)).toHaveLength(2);

    // A reply in another revision's thread, or to a comment of another design, has no parent.
    expect(await createComment(db.prisma, { designId: id, revision: 1, authorId: ed, body: "x", parentId: root.value.id })).toEqual({ ok: false, reason: "parent_not_found" });
    expect(await setThreadResolved(db.prisma, id, reply.value.id, ed, true)).toEqual({ ok: false, reason: "not_a_thread" });
    expect(await setThreadResolved(db.prisma, "other", root.value.id, ed, true)).toEqual({ ok: false, reason: "not_found" });

    const resolved = await setThreadResolved(db.prisma, id, root.value.id, ed, true);
    expect(resolved).toMatchObject({ ok: true, value: { resolvedAt: expect.any(Date), resolvedBy: { id: ed, name: "ed" } } });
    const reopened = await setThreadResolved(db.prisma, id, root.value.id, ed, false);
    expect(reopened).toMatchObject({ ok: true, value: { resolvedAt: null, resolvedBy: null } });
  });

  it("opens a share link by its token only, stores only the token's hash, and stops on revoke", async () => {
    const id = await designAtRevision(2);
    const link = await createShareLink(db.prisma, { designId: id, revision: 1, createdById: ed });
    // 32 random bytes in base64url: 43 characters of [A-Za-z0-9_-].
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db.prisma.shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(link.token);

    expect(await openShareLink(db.prisma, link.token)).toMatchObject({ designId: id, revision: 1, name: "fabric", document: doc(1) });
    expect(await openShareLink(db.prisma, link.token.slice(0, -1) + (link.token.endsWith("A") ? "B" : "A"))).toBeNull();
    expect((await listShareLinks(db.prisma, id)).map((l) => [l.id, l.revision, l.revokedAt])).toEqual([[link.id, 1, null]]);

    expect(await revokeShareLink(db.prisma, "other-design", link.id)).toBeNull();
    const revoked = await revokeShareLink(db.prisma, id, link.id);
    expect(revoked?.revokedAt).toBeInstanceOf(Date);
    expect(await openShareLink(db.prisma, link.token)).toBeNull();
    await expect(createShareLink(db.prisma, { designId: id, revision: 5, createdById: ed })).rejects.toBeInstanceOf(NotFoundError);
  });
});
