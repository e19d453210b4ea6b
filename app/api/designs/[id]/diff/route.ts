import { readQuery } from "@/lib/api";
import { designRoute } from "@/lib/auth/member-route";
import { diffQuerySchema } from "@/lib/review";
import { loadRevisionDiff } from "@/lib/review/load";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * What changed from revision ?from=N to ?to=M: the document by element, the plan (metrics and
 * findings, planned here on the server) and the manifests (unified diff per file), with the canvas
 * highlights of the document diff (any member).
 */
export const GET = designRoute("viewer", async ({ request, id, prisma }) => {
  const { from, to } = readQuery(request, diffQuerySchema);
  return Response.json(await loadRevisionDiff(prisma, id, from, to), { headers: { "Cache-Control": "no-store" } });
});
