// The prelude every handler under /api/designs/[id] and /api/teams/[id] shares: read the [id]
// segment, check the caller's role in the design's (or the team's) team, open the database. The
// role check runs before the handler reads a body or a query, so 401 / 404 / 403 always answer
// first (guards.ts), and all of it runs inside apiHandler (csrf, the standard error shape).
import { apiHandler } from "../api/handler";
import { getDb } from "../db/bootstrap";
import type { PrismaClient } from "../db/generated/prisma/client";
import { requireDesignRole, requireTeamRole, type DesignAccess, type TeamAccess } from "./guards";
import type { Role } from "./roles";

/** The route's dynamic segments; [id] is the design's or team's, any others are the route's own. */
type Segments = { id: string };

/** What a member route's handler gets: the request, its segments, the checked access and the database. */
export type MemberRequest<Access, Params extends Segments> = Access & {
  request: Request;
  id: string;
  params: Params;
  prisma: PrismaClient;
};

type MemberHandler<Access, Params extends Segments> = (context: MemberRequest<Access, Params>) => Promise<Response>;

function memberRoute<Access>(requireRole: (request: Request, id: string, minimum: Role) => Promise<Access>) {
  return <Params extends Segments = Segments>(minimum: Role, handler: MemberHandler<Access, Params>) =>
    apiHandler(async (request: Request, { params }: { params: Promise<Params> }) => {
      const segments = await params;
      const access = await requireRole(request, segments.id, minimum);
      const { prisma } = await getDb();
      return handler({ ...access, request, id: segments.id, params: segments, prisma });
    });
}

/** A handler for members of the design's team with at least `minimum`; 404 outside it, 403 below. */
export const designRoute = memberRoute<DesignAccess>(requireDesignRole);

/** A handler for members of the team with at least `minimum`; 404 outside it, 403 below. */
export const teamRoute = memberRoute<TeamAccess>(requireTeamRole);
