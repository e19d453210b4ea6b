import { teamRoute } from "@/lib/auth/member-route";
import { listMembers } from "@/lib/auth/teams";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The team's members with their roles; any member may read it (reviewers are picked from it). */
export const GET = teamRoute("viewer", async ({ id, prisma }) => {
  return Response.json({ members: await listMembers(prisma, id) }, { headers: { "Cache-Control": "no-store" } });
});
