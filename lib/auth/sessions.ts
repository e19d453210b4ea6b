// Sessions in the database, keyed by the hash of the cookie's token. A session ends when it has
// not been used for IDLE_MS, at the latest ABSOLUTE_MS after sign-in, or when revoked (sign-out):
// idle and absolute timeouts both, as OWASP's Session Management Cheat Sheet recommends.
import type { PrismaClient } from "../db/generated/prisma/client";
import { hashToken, newToken } from "./tokens";

const DAY_MS = 24 * 60 * 60 * 1000;
export const IDLE_MS = 30 * DAY_MS;
export const ABSOLUTE_MS = 90 * DAY_MS;
// Sliding the expiry writes a row; once every few minutes per session is plenty.
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  isLocal: boolean;
}

export interface ActiveSession {
  id: string;
  user: SessionUser;
}

const userFields = { id: true, email: true, name: true, isLocal: true } as const;

/** Starts a session for the user; returns the token for the cookie (never stored) and the row id. */
export async function createSession(
  db: PrismaClient,
  userId: string,
  now = new Date(),
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + IDLE_MS);
  const { id } = await db.session.create({
    data: { tokenHash: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt },
    select: { id: true },
  });
  return { token, id, expiresAt };
}

/** The live session of `token` with its user, sliding its expiry; null when unknown, expired or revoked. */
export async function findSession(db: PrismaClient, token: string, now = new Date()): Promise<ActiveSession | null> {
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, revokedAt: true, user: { select: userFields } },
  });
  if (!session || session.revokedAt || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    const expiresAt = new Date(Math.min(now.getTime() + IDLE_MS, session.createdAt.getTime() + ABSOLUTE_MS));
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: now, expiresAt } });
  }
  return { id: session.id, user: session.user };
}

/** Ends the session of `token` on the server; returns whether there was a live one. */
export async function revokeSession(db: PrismaClient, token: string, now = new Date()): Promise<boolean> {
  const { count } = await db.session.updateMany({
    where: { tokenHash: hashToken(token), revokedAt: null },
    data: { revokedAt: now },
  });
  return count > 0;
}

/** Ends every session of the user ("sign out everywhere"); returns how many were live. */
export async function revokeAllSessions(db: PrismaClient, userId: string, now = new Date()): Promise<number> {
  const { count } = await db.session.updateMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    data: { revokedAt: now },
  });
  return count;
}
