import { apiHandler, readJson } from "@/lib/api";
import { designDocumentSchema } from "@/lib/api/designs";
import { requireUser } from "@/lib/auth/guards";
import { plan } from "@/lib/planner";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The plan of the design document in the body; 400 with the document's issue paths when it is
 * invalid. Any signed-in user: it reads and writes nothing stored.
 */
export const POST = apiHandler(async (request: Request) => {
  await requireUser(request);
  const design = await readJson(request, designDocumentSchema);
  return Response.json(plan(design), { headers: { "Cache-Control": "no-store" } });
});
