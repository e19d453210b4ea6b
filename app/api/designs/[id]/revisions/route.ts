import { designRoute } from "@/lib/auth/member-route";
import { listRevisions } from "@/lib/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The design's revisions, newest first, without their documents. */
export const GET = designRoute("viewer", async ({ id, prisma }) => {
  return Response.json({ revisions: await listRevisions(prisma, id) });
});
