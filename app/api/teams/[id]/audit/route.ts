import { listAuditEvents } from "@/lib/auth/audit";
import { teamRoute } from "@/lib/auth/member-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The team's audit log, newest first (owners only). */
export const GET = teamRoute("owner", async ({ id, prisma }) => {
  return Response.json({ events: await listAuditEvents(prisma, id) }, { headers: { "Cache-Control": "no-store" } });
});
