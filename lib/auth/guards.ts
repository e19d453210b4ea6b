// Who is asking, and may they? Every route handler starts with one of these. Without a valid
// session, BLUEPRINT_AUTH=local answers with the local owner and BLUEPRINT_AUTH=required with 401.
// A design or team the user is not a member of is 404, exactly as if it did not exist, so that
// ids of other teams cannot be probed; a member whose role is too low gets 403.
import { notFound, forbidden, unauthenticated } from "../api/errors";
import { getDb } from "../db/bootstrap";
import { summaryFields, type DesignSummary } from "../db/designs";
import { NotFoundError } from "../db/errors";
import { LOCAL_OWNER } from "../db/local-owner";
import { readSessionToken } from "./cookies";
import { authMode } from "./mode";
import { hasRole, type Role } from "./roles";
import { findSession, type SessionUser } from "./sessions";
import { personalTeamId } from "./accounts";

export interface AuthUser extends SessionUser {
  /** The session behind the request; null for the local owner signed in without a cookie. */
  sessionId: string | null;
}

/** The signed-in user of the request, or null (never the local owner in required mode). */
export async function currentUser(request: Request): Promise<AuthUser | null> {
  return userFromToken(readSessionToken(request));
}

/** Shared with server components, which read the cookie through next/headers (pages.ts). */
export async function userFromToken(token: string | undefined): Promise<AuthUser | null> {
  if (token !== undefined) {
    const { prisma } = await getDb();
    const session = await findSession(prisma, token);
    if (session) return { ...session.user, sessionId: session.id };
  }
  if (authMode() === "local") {
    return { id: LOCAL_OWNER.id, email: LOCAL_OWNER.email, name: LOCAL_OWNER.name, isLocal: true, sessionId: null };
  }
  return null;
}

/** The signed-in user; 401 unauthenticated when there is none. */
export async function requireUser(request: Request): Promise<AuthUser> {
  const user = await currentUser(request);
  if (!user) throw unauthenticated();
  return user;
}

/** The design and the user's role in its team; null when either the design or the membership is missing. */
export async function findDesignAccess(designId: string, userId: string): Promise<{ design: DesignSummary; role: Role } | null> {
  const { prisma } = await getDb();
  const [design, membership] = await Promise.all([
    prisma.design.findUnique({ where: { id: designId }, select: summaryFields }),
    prisma.membership.findFirst({ where: { userId, team: { designs: { some: { id: designId } } } }, select: { role: true } }),
  ]);
  return design && membership ? { design, role: membership.role } : null;
}

export interface DesignAccess {
  user: AuthUser;
  design: DesignSummary;
  role: Role;
}

/** The design with the user's role in its team; 404 outside the team, 403 below `minimum`. */
export async function requireDesignRole(request: Request, designId: string, minimum: Role): Promise<DesignAccess> {
  const user = await requireUser(request);
  const access = await findDesignAccess(designId, user.id);
  if (!access) throw new NotFoundError("design", designId);
  const { design, role } = access;
  if (!hasRole(role, minimum)) throw forbidden(`This needs the ${minimum} role in the design's team; you are ${role}.`);
  return { user, design, role };
}

export interface TeamAccess {
  user: AuthUser;
  teamId: string;
  role: Role;
}

/** The user's role in the team; 404 when not a member, 403 below `minimum`. */
export async function requireTeamRole(request: Request, teamId: string, minimum: Role): Promise<TeamAccess> {
  const user = await requireUser(request);
  const { prisma } = await getDb();
  const membership = await prisma.membership.findUnique({
    where: { teamId_userId: { teamId, userId: user.id } },
    select: { role: true },
  });
  if (!membership) throw notFound(`Team ${teamId} does not exist.`);
  if (!hasRole(membership.role, minimum)) {
    throw forbidden(`This needs the ${minimum} role in the team; you are ${membership.role}.`);
  }
  return { user, teamId, role: membership.role };
}

/**
 * The team a new design goes to: `teamId` when given (editor or above there), otherwise the
 * user's personal team.
 */
export async function requireTargetTeam(request: Request, teamId: string | undefined): Promise<TeamAccess> {
  if (teamId !== undefined) return requireTeamRole(request, teamId, "editor");
  const user = await requireUser(request);
  const { prisma } = await getDb();
  const personal = await personalTeamId(prisma, user.id);
  if (!personal) throw notFound("You have no personal team; name the team with teamId.");
  return { user, teamId: personal, role: "owner" };
}
