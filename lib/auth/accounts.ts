// Accounts: sign-up (with the user's personal team) and password checks.
import { HttpError } from "../api/errors";
import { Prisma, type PrismaClient } from "../db/generated/prisma/client";
import { audit } from "./audit";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";
import type { SessionUser } from "./sessions";

/** One message for an unknown email and a wrong password, so that it tells nothing about accounts. */
export const WRONG_CREDENTIALS = "Wrong email or password.";

export interface NewAccount {
  /** Lower-cased (schemas.ts does it). */
  email: string;
  password: string;
  name: string;
}

/** Creates the user and their personal team, where they are owner. */
export async function signUp(db: PrismaClient, input: NewAccount): Promise<SessionUser & { personalTeamId: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash },
        select: { id: true, email: true, name: true, isLocal: true },
      });
      const team = await tx.team.create({
        data: { name: input.name, personal: true, memberships: { create: { userId: user.id, role: "owner" } } },
        select: { id: true },
      });
      await audit(tx, { teamId: team.id, actor: user, action: "auth.signup", details: {} });
      return { ...user, personalTeamId: team.id };
    });
  } catch (error) {
    // P2002: unique constraint failed (Prisma error reference): the email is taken.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new HttpError(409, "conflict", "An account with this email exists; sign in instead.");
    throw error;
  }
}

/**
 * The user with this email and password, or null. Unknown emails cost one dummy verification, so
 * that neither the answer nor its timing tells whether the account exists.
 */
export async function authenticate(db: PrismaClient, email: string, password: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, isLocal: true, passwordHash: true },
  });
  if (!user?.passwordHash) return verifyAgainstDummy(password).then(() => null);
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name, isLocal: user.isLocal };
}

/** The user's personal team (where designs go when no team is named). */
export async function personalTeamId(db: PrismaClient, userId: string): Promise<string | null> {
  const membership = await db.membership.findFirst({
    where: { userId, role: "owner", team: { personal: true } },
    orderBy: { createdAt: "asc" },
    select: { teamId: true },
  });
  return membership?.teamId ?? null;
}
