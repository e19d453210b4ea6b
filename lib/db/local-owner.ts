// The one account of BLUEPRINT_AUTH=local: signed in automatically, no password. Its ids are fixed
// (and match the data step of the teams_and_reviews migration, which gives designs made before
// accounts existed to this owner) so that every start finds the same owner and team.
import type { PrismaClient } from "./generated/prisma/client";

export const LOCAL_OWNER = {
  id: "local-owner",
  // .invalid is reserved and can never be a real address (RFC 2606), so no sign-up can take it.
  email: "local-owner@blueprint.invalid",
  name: "Local owner",
  teamId: "local-owner-team",
} as const;

export interface LocalOwner {
  id: string;
  email: string;
  name: string;
  teamId: string;
}

/** Creates the local owner with its personal team (as owner) unless they exist; idempotent. */
export async function ensureLocalOwner(db: PrismaClient): Promise<LocalOwner> {
  const { id, email, name, teamId } = LOCAL_OWNER;
  await db.$transaction([
    db.user.upsert({ where: { id }, create: { id, email, name, isLocal: true }, update: {} }),
    db.team.upsert({ where: { id: teamId }, create: { id: teamId, name, personal: true }, update: {} }),
    db.membership.upsert({
      where: { teamId_userId: { teamId, userId: id } },
      create: { teamId, userId: id, role: "owner" },
      update: {},
    }),
  ]);
  return { ...LOCAL_OWNER };
}
