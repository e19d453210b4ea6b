import { apiHandler, readJson, readQuery } from "@/lib/api";
import { designSummaryJson, importQuerySchema, newDesignFromImport } from "@/lib/api/designs";
import { audit } from "@/lib/auth/audit";
import { requireTargetTeam } from "@/lib/auth/guards";
import { createDesign, getDb } from "@/lib/db";
import { z } from "zod";

export const runtime = "nodejs";

/**
 * Creates a design from an exported file (GET .../export) or a bare design document, in team
 * ?teamId= (editor or above there) or the importer's personal team.
 */
export const POST = apiHandler(async (request: Request) => {
  const query = readQuery(request, importQuerySchema);
  const { user, teamId } = await requireTargetTeam(request, query.teamId);
  const body = await readJson(request, z.unknown());
  const { prisma } = await getDb();
  const design = await createDesign(prisma, teamId, { ...newDesignFromImport(body), authorId: user.id, authorName: user.name });
  await audit(prisma, { teamId, designId: design.id, actor: user, action: "design.import", details: { name: design.name } });
  return Response.json(designSummaryJson(design), {
    status: 201,
    headers: { Location: `/api/designs/${design.id}` },
  });
});
