import { apiHandler, readJson } from "@/lib/api";
import { requireTeamRole } from "@/lib/auth/guards";
import { memberRoleBodySchema } from "@/lib/auth/schemas";
import { removeMember, setMemberRole } from "@/lib/auth/teams";
import { getDb } from "@/lib/db";

export const runtime = "nodejs";

type Context = { params: Promise<{ id: string; userId: string }> };

/** Changes a member's role (owners only); 409 when it would leave the team without an owner. */
export const PATCH = apiHandler(async (request: Request, { params }: Context) => {
  const { id, userId } = await params;
  const { user } = await requireTeamRole(request, id, "owner");
  const { role } = await readJson(request, memberRoleBodySchema);
  const { prisma } = await getDb();
  return Response.json(await setMemberRole(prisma, user, id, userId, role));
});

/** Removes a member (owners only); 409 for the last owner. */
export const DELETE = apiHandler(async (request: Request, { params }: Context) => {
  const { id, userId } = await params;
  const { user } = await requireTeamRole(request, id, "owner");
  const { prisma } = await getDb();
  await removeMember(prisma, user, id, userId);
  return new Response(null, { status: 204 });
});
