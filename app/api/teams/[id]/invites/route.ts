import { readJson } from "@/lib/api";
import { teamRoute } from "@/lib/auth/member-route";
import { inviteBodySchema } from "@/lib/auth/schemas";
import { createInvite, listPendingInvites } from "@/lib/auth/teams";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Invites that are neither used, revoked nor expired (owners only; the links are not shown again). */
export const GET = teamRoute("owner", async ({ id, prisma }) => {
  return Response.json({ invites: await listPendingInvites(prisma, id) }, { headers: { "Cache-Control": "no-store" } });
});

/** An invite link for `{ email, role }` (owners only). There is no mail server: the owner passes the link on. */
export const POST = teamRoute("owner", async ({ request, id, user, prisma }) => {
  const body = await readJson(request, inviteBodySchema);
  const { token, ...invite } = await createInvite(prisma, user, id, body);
  return Response.json({ ...invite, path: `/invites/${token}` }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
