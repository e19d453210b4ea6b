import { apiHandler, readQuery } from "@/lib/api";
import { requireDesignRole } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { diffQuerySchema } from "@/lib/review";
import { loadRevisionDiff } from "@/lib/review/load";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * What changed from revision ?from=N to ?to=M: the document by element, the plan (metrics and
 * findings, planned here on the server) and the manifests (unified diff per file), with the canvas
 * highlights of the document diff (any member).
 */
export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  await requireDesignRole(request, id, "viewer");
  const { from, to } = readQuery(request, diffQuerySchema);
  const { prisma } = await getDb();
  return Response.json(await loadRevisionDiff(prisma, id, from, to), { headers: { "Cache-Control": "no-store" } });
});
