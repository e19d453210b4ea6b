// The guards for server components (pages), which have no Request: the cookie comes from
// next/headers. A page without a signed-in user (required mode) redirects to /signin and comes
// back afterwards; a design outside the user's teams is a 404 page, as in the API.
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getDb } from "../db/bootstrap";
import type { DesignSummary } from "../db/designs";
import { SESSION_COOKIE } from "./cookies";
import { findDesignAccess, userFromToken, type AuthUser } from "./guards";
import type { Role } from "./roles";

export async function getPageUser(): Promise<AuthUser | null> {
  return userFromToken((await cookies()).get(SESSION_COOKIE)?.value);
}

/** The signed-in user, or a redirect to /signin that returns to `returnTo` (a path of this site). */
export async function requirePageUser(returnTo: string): Promise<AuthUser> {
  const user = await getPageUser();
  if (!user) redirect(`/signin?next=${encodeURIComponent(returnTo)}`);
  return user;
}

/** The design and the user's role in its team; the not-found page when the user is not a member. */
export async function requirePageDesign(
  designId: string,
  returnTo: string,
): Promise<{ user: AuthUser; design: DesignSummary; role: Role }> {
  const user = await requirePageUser(returnTo);
  const access = await findDesignAccess(designId, user.id);
  if (!access) notFound();
  return { user, ...access };
}

/** The user's role in the team; the not-found page when not a member. */
export async function requirePageTeam(teamId: string, returnTo: string): Promise<{ user: AuthUser; role: Role }> {
  const user = await requirePageUser(returnTo);
  const { prisma } = await getDb();
  const membership = await prisma.membership.findUnique({
    where: { teamId_userId: { teamId, userId: user.id } },
    select: { role: true },
  });
  if (!membership) notFound();
  return { user, role: membership.role };
}
