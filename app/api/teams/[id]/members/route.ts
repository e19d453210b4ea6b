import { apiHandler } from "@/lib/api";
import { requireTeamRole } from "@/lib/auth/guards";
import { listMembers } from "@/lib/auth/teams";
import { getDb } from "@/lib/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The team's members with their roles; any member may read it (reviewers are picked from it). */
export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  await requireTeamRole(request, id, "viewer");
  const { prisma } = await getDb();
  return Response.json({ members: await listMembers(prisma, id) }, { headers: { "Cache-Control": "no-store" } });
});
