import { readQuery } from "@/lib/api";
import { exportFile, exportFilename, revisionQuerySchema } from "@/lib/api/designs";
import { designRoute } from "@/lib/auth/member-route";
import { getDesign } from "@/lib/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The design (head, or ?revision=N) as a file download that POST /api/designs/import takes back. */
export const GET = designRoute("viewer", async ({ request, id, prisma }) => {
  const { revision } = readQuery(request, revisionQuerySchema);
  const design = await getDesign(prisma, id, revision);
  return new Response(JSON.stringify(exportFile(design), null, 2) + "\n", {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFilename(design.name, design.revision)}"`,
      "Cache-Control": "no-store",
    },
  });
});
