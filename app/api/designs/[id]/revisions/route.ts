import { apiHandler } from "@/lib/api";
import { getDb, listRevisions } from "@/lib/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The design's revisions, newest first, without their documents. */
export const GET = apiHandler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { prisma } = await getDb();
  return Response.json({ revisions: await listRevisions(prisma, id) });
});
