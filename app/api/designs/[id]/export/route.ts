import { apiHandler, readQuery } from "@/lib/api";
import { exportFile, exportFilename, revisionQuerySchema } from "@/lib/api/designs";
import { requireDesignRole } from "@/lib/auth/guards";
import { getDb, getDesign } from "@/lib/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The design (head, or ?revision=N) as a file download that POST /api/designs/import takes back. */
export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  await requireDesignRole(request, id, "viewer");
  const { revision } = readQuery(request, revisionQuerySchema);
  const { prisma } = await getDb();
  const design = await getDesign(prisma, id, revision);
  return new Response(JSON.stringify(exportFile(design), null, 2) + "\n", {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFilename(design.name, design.revision)}"`,
      "Cache-Control": "no-store",
    },
  });
});
