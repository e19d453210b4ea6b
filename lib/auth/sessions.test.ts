// Sessions, accounts, teams and invites on a real (temporary) database of every kind we run on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { testDatabaseTargets } from "../db/testing";
import { authenticate, personalTeamId, signUp } from "./accounts";
import { ABSOLUTE_MS, IDLE_MS, createSession, findSession, revokeAllSessions, revokeSession } from "./sessions";
import { acceptInvite, createInvite, createTeam, listMembers, removeMember, setMemberRole } from "./teams";
import { hashToken } from "./tokens";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe.each(testDatabaseTargets())("accounts and sessions on $kind", ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db?.close();
  });

  let n = 0;
  const account = (name = "Ana") => signUp(db.prisma, { email: `user${++n}@example.com`, password: "correct horse battery", name });

  it("sign-up creates the user with a personal team they own, and stores no password", async () => {
    const user = await account();
    expect(user).toMatchObject({ email: `user${n}@example.com`, name: "Ana", isLocal: false });
    expect(await personalTeamId(db.prisma, user.id)).toBe(user.personalTeamId);
    expect(await listMembers(db.prisma, user.personalTeamId)).toMatchObject([{ userId: user.id, role: "owner" }]);
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(row)).not.toContain("correct horse");
  });

  it("a taken email is a 409 conflict and creates nothing", async () => {
    const user = await account();
    const teams = await db.prisma.team.count();
    await expect(signUp(db.prisma, { email: user.email, password: "another password", name: "B" })).rejects.toMatchObject({
      status: 409,
      code: "conflict",
    });
    expect(await db.prisma.team.count()).toBe(teams);
  });

  it("authenticate: the right password gives the user; a wrong one and an unknown email give the same null", async () => {
    const user = await account();
    expect(await authenticate(db.prisma, user.email, "correct horse battery")).toEqual({
      id: user.id,
      email: user.email,
      name: "Ana",
      isLocal: false,
    });
    expect(await authenticate(db.prisma, user.email, "wrong password!")).toBeNull();
    expect(await authenticate(db.prisma, "nobody@example.com", "correct horse battery")).toBeNull();
  });

  it("stores only the token's hash; a session ends when idle 30 days, when revoked, and after 90 days at most", async () => {
    const user = await account();
    const t0 = new Date("2026-01-01T00:00:00Z");
    const { token, id } = await createSession(db.prisma, user.id, t0);
    const row = await db.prisma.session.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.getTime() - t0.getTime()).toBe(IDLE_MS);

    expect((await findSession(db.prisma, token, new Date(t0.getTime() + MINUTE)))?.user.id).toBe(user.id);
    // Unused for 30 days: gone.
    expect(await findSession(db.prisma, token, new Date(t0.getTime() + IDLE_MS))).toBeNull();
    expect(await findSession(db.prisma, "not-a-token")).toBeNull();
  });

  it("use slides the expiry, up to the absolute limit", async () => {
    const user = await account();
    const t0 = new Date("2026-01-01T00:00:00Z");
    const { token, id } = await createSession(db.prisma, user.id, t0);
    // Used every 20 days: each use moves the expiry to use + 30 days, until 90 days after sign-in.
    for (const day of [20, 40, 60, 80]) {
      expect(await findSession(db.prisma, token, new Date(t0.getTime() + day * DAY))).not.toBeNull();
    }
    const row = await db.prisma.session.findUniqueOrThrow({ where: { id } });
    expect(row.expiresAt.getTime()).toBe(t0.getTime() + ABSOLUTE_MS);
    expect(await findSession(db.prisma, token, new Date(t0.getTime() + ABSOLUTE_MS))).toBeNull();
  });

  it("sign-out revokes one session; sign-out everywhere revokes all of the user's", async () => {
    const user = await account();
    const other = await account("Olu");
    const a = await createSession(db.prisma, user.id);
    const b = await createSession(db.prisma, user.id);
    const c = await createSession(db.prisma, other.id);
    expect(await revokeSession(db.prisma, a.token)).toBe(true);
    expect(await revokeSession(db.prisma, a.token)).toBe(false);
    expect(await findSession(db.prisma, a.token)).toBeNull();
    expect(await findSession(db.prisma, b.token)).not.toBeNull();
    expect(await revokeAllSessions(db.prisma, user.id)).toBe(1);
    expect(await findSession(db.prisma, b.token)).toBeNull();
    expect(await findSession(db.prisma, c.token)).not.toBeNull();
  });

  it("a team keeps at least one owner", async () => {
    const owner = await account("Owner");
    const editor = await account("Editor");
    const team = await createTeam(db.prisma, owner, "platform");
    await db.prisma.membership.create({ data: { teamId: team.id, userId: editor.id, role: "editor" } });
    await expect(setMemberRole(db.prisma, owner, team.id, owner.id, "editor")).rejects.toMatchObject({ status: 409 });
    await expect(removeMember(db.prisma, owner, team.id, owner.id)).rejects.toMatchObject({ status: 409 });
    await setMemberRole(db.prisma, owner, team.id, editor.id, "owner");
    await setMemberRole(db.prisma, owner, team.id, owner.id, "viewer");
    expect((await listMembers(db.prisma, team.id)).map((m) => [m.name, m.role])).toEqual([
      ["Owner", "viewer"],
      ["Editor", "owner"],
    ]);
    await expect(setMemberRole(db.prisma, owner, team.id, "nobody", "viewer")).rejects.toMatchObject({ status: 404 });
    const actions = await db.prisma.auditEvent.findMany({ where: { teamId: team.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["team.create", "member.role", "member.role"]);
  });

  it("an invite link is for one address, used once, and expires after 7 days", async () => {
    const owner = await account("Owner");
    const invitee = await account("Invitee");
    const stranger = await account("Stranger");
    const team = await createTeam(db.prisma, owner, "reviewers");
    const t0 = new Date();
    const invite = await createInvite(db.prisma, owner, team.id, { email: invitee.email, role: "reviewer" }, t0);
    expect(await db.prisma.invite.count({ where: { tokenHash: invite.token } })).toBe(0);

    await expect(acceptInvite(db.prisma, stranger, invite.token)).rejects.toMatchObject({ status: 403 });
    expect(await acceptInvite(db.prisma, invitee, invite.token)).toEqual({ teamId: team.id, role: "reviewer" });
    await expect(acceptInvite(db.prisma, invitee, invite.token)).rejects.toMatchObject({ status: 404 });

    const late = await createInvite(db.prisma, owner, team.id, { email: stranger.email, role: "viewer" }, t0);
    await expect(acceptInvite(db.prisma, stranger, late.token, new Date(t0.getTime() + 7 * DAY))).rejects.toMatchObject({ status: 404 });
    expect((await listMembers(db.prisma, team.id)).map((m) => [m.name, m.role])).toEqual([
      ["Owner", "owner"],
      ["Invitee", "reviewer"],
    ]);
  });
});
