import { readJson } from "@/lib/api";
import { teamRoute } from "@/lib/auth/member-route";
import { memberRoleBodySchema } from "@/lib/auth/schemas";
import { removeMember, setMemberRole } from "@/lib/auth/teams";

export const runtime = "nodejs";

type Params = { id: string; userId: string };

/** Changes a member's role (owners only); 409 when it would leave the team without an owner. */
export const PATCH = teamRoute<Params>("owner", async ({ request, id, params: { userId }, user, prisma }) => {
  const { role } = await readJson(request, memberRoleBodySchema);
  return Response.json(await setMemberRole(prisma, user, id, userId, role));
});

/** Removes a member (owners only); 409 for the last owner. */
export const DELETE = teamRoute<Params>("owner", async ({ id, params: { userId }, user, prisma }) => {
  await removeMember(prisma, user, id, userId);
  return new Response(null, { status: 204 });
});
