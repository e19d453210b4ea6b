import { apiHandler } from "@/lib/api";
import { listAuditEvents } from "@/lib/auth/audit";
import { requireTeamRole } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The team's audit log, newest first (owners only). */
export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  await requireTeamRole(request, id, "owner");
  const { prisma } = await getDb();
  return Response.json({ events: await listAuditEvents(prisma, id) }, { headers: { "Cache-Control": "no-store" } });
});
