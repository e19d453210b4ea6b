import { apiHandler } from "@/lib/api";
import { renderStoredDesign } from "../bundle/rendered";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The files of the manifest bundle (head, or ?revision=N), for viewing and copying in the studio. */
export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { revision, files } = await renderStoredDesign(request, id);
  return Response.json({ revision, files }, { headers: { "Cache-Control": "no-store" } });
});
