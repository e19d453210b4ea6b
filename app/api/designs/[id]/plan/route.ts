import { readQuery } from "@/lib/api";
import { revisionQuerySchema } from "@/lib/api/designs";
import { loadStoredDesign } from "@/lib/api/stored-design";
import { designRoute } from "@/lib/auth/member-route";
import { plan } from "@/lib/planner";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * `{ id, revision, plan }`: the plan of the stored head (or ?revision=N), computed here from the
 * stored document, never taken from a client. 404 for an unknown design or revision.
 */
export const GET = designRoute("viewer", async ({ request, id, prisma }) => {
  const { revision } = readQuery(request, revisionQuerySchema);
  const { stored, design } = await loadStoredDesign(prisma, id, revision);
  return Response.json({ id, revision: stored.revision, plan: plan(design) }, { headers: { "Cache-Control": "no-store" } });
});
