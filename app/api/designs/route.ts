import { apiHandler, readJson, readQuery } from "@/lib/api";
import {
  createDesignBodySchema,
  designSummaryJson,
  listQuerySchema,
  newDesignFromBody,
} from "@/lib/api/designs";
import { audit } from "@/lib/auth/audit";
import { requireTargetTeam, requireUser } from "@/lib/auth/guards";
import { createDesign, getDb, listDesigns } from "@/lib/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Designs of the user's teams, most recently changed first; archived ones only with ?archived=1. */
export const GET = apiHandler(async (request: Request) => {
  const user = await requireUser(request);
  const query = readQuery(request, listQuerySchema);
  const { prisma } = await getDb();
  const designs = await listDesigns(prisma, { memberId: user.id, includeArchived: query.archived === "1" });
  return Response.json({ designs: designs.map(designSummaryJson) });
});

/**
 * Creates a design from `{ name, template }` or `{ name, document }`; revision 1. It goes to
 * `teamId` (editor or above there) or the creator's personal team.
 */
export const POST = apiHandler(async (request: Request) => {
  const body = await readJson(request, createDesignBodySchema);
  const { user, teamId } = await requireTargetTeam(request, body.teamId);
  const { prisma } = await getDb();
  const design = await createDesign(prisma, teamId, { ...newDesignFromBody(body), authorId: user.id, authorName: user.name });
  await audit(prisma, { teamId, designId: design.id, actor: user, action: "design.create", details: { name: design.name } });
  return Response.json(designSummaryJson(design), {
    status: 201,
    headers: { Location: `/api/designs/${design.id}` },
  });
});
