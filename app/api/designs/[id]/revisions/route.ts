import { apiHandler } from "@/lib/api";
import { requireDesignRole } from "@/lib/auth/guards";
import { getDb, listRevisions } from "@/lib/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The design's revisions, newest first, without their documents. */
export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  await requireDesignRole(request, id, "viewer");
  const { prisma } = await getDb();
  return Response.json({ revisions: await listRevisions(prisma, id) });
});
