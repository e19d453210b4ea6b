import { apiHandler, readQuery, validationFailed } from "@/lib/api";
import { revisionQuerySchema } from "@/lib/api/designs";
import { requireDesignRole } from "@/lib/auth/guards";
import { getDb, getDesign } from "@/lib/db";
import { parseDesign } from "@/lib/design";
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
  const stored = await getDesign(prisma, id, revision);
  const parsed = parseDesign(stored.document);
  if (!parsed.ok) throw validationFailed(parsed.issues, `Revision ${stored.revision} of this design is not a valid design document.`);
  return Response.json({ id, revision: stored.revision, plan: plan(parsed.design) }, { headers: { "Cache-Control": "no-store" } });
});
