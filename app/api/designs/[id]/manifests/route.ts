import { designRoute } from "@/lib/auth/member-route";
import { renderStoredDesign } from "../bundle/rendered";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The files of the manifest bundle (head, or ?revision=N), for viewing and copying in the studio. */
export const GET = designRoute("viewer", async ({ request, id, prisma }) => {
  const { revision, files } = await renderStoredDesign(request, prisma, id);
  return Response.json({ revision, files }, { headers: { "Cache-Control": "no-store" } });
});
