// Teams, members and invites. Every team keeps at least one owner: the last owner can be neither
// demoted nor removed, checked under a lock on the team's membership rows so that two owners
// demoting each other at once cannot both succeed.
import { forbidden, HttpError, notFound } from "../api/errors";
import type { Prisma, PrismaClient } from "../db/generated/prisma/client";
import { audit } from "./audit";
import type { Role } from "./roles";
import { hashToken, newToken } from "./tokens";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Invite links work for a week. */
export const INVITE_TTL_MS = 7 * DAY_MS;

type Actor = { id: string; name: string };

export interface TeamOfUser {
  id: string;
  name: string;
  personal: boolean;
  role: Role;
}

export async function listTeamsOf(db: PrismaClient, userId: string): Promise<TeamOfUser[]> {
  const rows = await db.membership.findMany({
    where: { userId },
    select: { role: true, team: { select: { id: true, name: true, personal: true } } },
    orderBy: [{ team: { personal: "desc" } }, { team: { name: "asc" } }],
  });
  return rows.map(({ role, team }) => ({ ...team, role }));
}

export async function createTeam(db: PrismaClient, owner: Actor, name: string): Promise<TeamOfUser> {
  return db.$transaction(async (tx) => {
    const team = await tx.team.create({
      data: { name, memberships: { create: { userId: owner.id, role: "owner" } } },
      select: { id: true, name: true, personal: true },
    });
    await audit(tx, { teamId: team.id, actor: owner, action: "team.create", details: { name } });
    return { ...team, role: "owner" as const };
  });
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  since: Date;
}

export async function listMembers(db: PrismaClient, teamId: string): Promise<Member[]> {
  const rows = await db.membership.findMany({
    where: { teamId },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
  });
  return rows.map(({ role, createdAt, user }) => ({ userId: user.id, name: user.name, email: user.email, role, since: createdAt }));
}

const txOptions = { maxWait: 20_000, timeout: 20_000 };

/** Runs `change` with the team's membership rows locked; fails (and rolls back) if no owner is left. */
async function changeMembers<T>(
  db: PrismaClient,
  teamId: string,
  change: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM memberships WHERE team_id = ${teamId} FOR UPDATE`;
    const result = await change(tx);
    if ((await tx.membership.count({ where: { teamId, role: "owner" } })) === 0) {
      throw new HttpError(409, "conflict", "A team needs at least one owner: make someone else owner first.");
    }
    return result;
  }, txOptions);
}

export async function setMemberRole(db: PrismaClient, actor: Actor, teamId: string, userId: string, role: Role): Promise<Member> {
  return changeMembers(db, teamId, async (tx) => {
    const existing = await tx.membership.findUnique({ where: { teamId_userId: { teamId, userId } }, select: { role: true } });
    if (!existing) throw notFound(`User ${userId} is not a member of this team.`);
    const row = await tx.membership.update({
      where: { teamId_userId: { teamId, userId } },
      data: { role },
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    });
    await audit(tx, { teamId, actor, action: "member.role", details: { userId, from: existing.role, to: role } });
    return { userId, name: row.user.name, email: row.user.email, role: row.role, since: row.createdAt };
  });
}

export async function removeMember(db: PrismaClient, actor: Actor, teamId: string, userId: string): Promise<void> {
  await changeMembers(db, teamId, async (tx) => {
    const { count } = await tx.membership.deleteMany({ where: { teamId, userId } });
    if (count === 0) throw notFound(`User ${userId} is not a member of this team.`);
    await audit(tx, { teamId, actor, action: "member.remove", details: { userId } });
  });
}

export interface CreatedInvite {
  id: string;
  token: string;
  email: string;
  role: Role;
  expiresAt: Date;
}

/** An invite link for `email` with `role`; only the token's hash is stored, so the link is shown once. */
export async function createInvite(
  db: PrismaClient,
  actor: Actor,
  teamId: string,
  input: { email: string; role: Role },
  now = new Date(),
): Promise<CreatedInvite> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
  return db.$transaction(async (tx) => {
    const invite = await tx.invite.create({
      data: { teamId, email: input.email, role: input.role, tokenHash: hashToken(token), createdById: actor.id, createdAt: now, expiresAt },
      select: { id: true },
    });
    await audit(tx, { teamId, actor, action: "invite.create", details: { email: input.email, role: input.role } });
    return { id: invite.id, token, email: input.email, role: input.role, expiresAt };
  });
}

export interface PendingInvite {
  teamId: string;
  teamName: string;
  email: string;
  role: Role;
  expiresAt: Date;
}

/** The invite behind a link if it can still be accepted. */
export async function findPendingInvite(db: PrismaClient, token: string, now = new Date()): Promise<PendingInvite | null> {
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, team: { select: { id: true, name: true } } },
  });
  if (!invite || invite.acceptedAt || invite.revokedAt || invite.expiresAt <= now) return null;
  return { teamId: invite.team.id, teamName: invite.team.name, email: invite.email, role: invite.role, expiresAt: invite.expiresAt };
}

/**
 * The signed-in user joins the invite's team with its role. The invite is for one address: a
 * forwarded or leaked link does not let someone else in. A member keeps their current role.
 */
export async function acceptInvite(
  db: PrismaClient,
  user: Actor & { email: string },
  token: string,
  now = new Date(),
): Promise<{ teamId: string; role: Role }> {
  return db.$transaction(async (tx) => {
    // Claimed with a conditional update, so that a link is used once even when clicked twice at once.
    const tokenHash = hashToken(token);
    const invite = await tx.invite.findUnique({ where: { tokenHash }, select: { id: true, teamId: true, email: true, role: true } });
    const claimed = await tx.invite.updateMany({
      where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (!invite || claimed.count === 0) throw notFound("This invite link is unknown, used or expired.");
    if (invite.email !== user.email) {
      // Rolls the claim back: the invited person can still use the link.
      throw forbidden(`This invite is for ${invite.email}; sign in with that address to accept it.`);
    }
    const existing = await tx.membership.findUnique({ where: { teamId_userId: { teamId: invite.teamId, userId: user.id } } });
    if (existing) return { teamId: invite.teamId, role: existing.role };
    await tx.membership.create({ data: { teamId: invite.teamId, userId: user.id, role: invite.role } });
    await audit(tx, { teamId: invite.teamId, actor: user, action: "invite.accept", details: { email: invite.email, role: invite.role } });
    await audit(tx, { teamId: invite.teamId, actor: user, action: "member.add", details: { userId: user.id, role: invite.role } });
    return { teamId: invite.teamId, role: invite.role };
  }, txOptions);
}

export async function listPendingInvites(
  db: PrismaClient,
  teamId: string,
  now = new Date(),
): Promise<{ id: string; email: string; role: Role; createdAt: Date; expiresAt: Date }[]> {
  return db.invite.findMany({
    where: { teamId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
  });
}
