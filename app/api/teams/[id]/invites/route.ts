import { apiHandler, readJson } from "@/lib/api";
import { requireTeamRole } from "@/lib/auth/guards";
import { inviteBodySchema } from "@/lib/auth/schemas";
import { createInvite, listPendingInvites } from "@/lib/auth/teams";
import { getDb } from "@/lib/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Invites that are neither used, revoked nor expired (owners only; the links are not shown again). */
export const GET = apiHandler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  await requireTeamRole(request, id, "owner");
  const { prisma } = await getDb();
  return Response.json({ invites: await listPendingInvites(prisma, id) }, { headers: { "Cache-Control": "no-store" } });
});

/** An invite link for `{ email, role }` (owners only). There is no mail server: the owner passes the link on. */
export const POST = apiHandler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const { user } = await requireTeamRole(request, id, "owner");
  const body = await readJson(request, inviteBodySchema);
  const { prisma } = await getDb();
  const { token, ...invite } = await createInvite(prisma, user, id, body);
  return Response.json({ ...invite, path: `/invites/${token}` }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
