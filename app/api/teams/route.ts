import { apiHandler, readJson } from "@/lib/api";
import { requireUser } from "@/lib/auth/guards";
import { createTeamBodySchema } from "@/lib/auth/schemas";
import { createTeam, listTeamsOf } from "@/lib/auth/teams";
import { getDb } from "@/lib/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The teams the user is a member of, with their role in each. */
export const GET = apiHandler(async (request: Request) => {
  const user = await requireUser(request);
  const { prisma } = await getDb();
  return Response.json({ teams: await listTeamsOf(prisma, user.id) }, { headers: { "Cache-Control": "no-store" } });
});

/** Creates a team with the user as its owner. */
export const POST = apiHandler(async (request: Request) => {
  const user = await requireUser(request);
  const { name } = await readJson(request, createTeamBodySchema);
  const { prisma } = await getDb();
  const team = await createTeam(prisma, user, name);
  return Response.json(team, { status: 201, headers: { Location: `/api/teams/${team.id}/members` } });
});
