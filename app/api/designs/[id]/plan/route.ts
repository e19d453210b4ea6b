import { apiHandler, readQuery } from "@/lib/api";
import { revisionQuerySchema } from "@/lib/api/designs";
import { loadStoredDesign } from "@/lib/api/stored-design";
import { requireDesignRole } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { plan } from "@/lib/planner";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * `{ id, revision, plan }`: the plan of the stored head (or ?revision=N), computed here from the
 * stored document, never taken from a client. 404 for an unknown design or revision.
 */
export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  await requireDesignRole(request, id, "viewer");
  const { revision } = readQuery(request, revisionQuerySchema);
  const { prisma } = await getDb();
  const { stored, design } = await loadStoredDesign(prisma, id, revision);
  return Response.json({ id, revision: stored.revision, plan: plan(design) }, { headers: { "Cache-Control": "no-store" } });
});
