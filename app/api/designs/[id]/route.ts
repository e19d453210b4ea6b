import { apiHandler, readJson, readQuery } from "@/lib/api";
import {
  designJson,
  designSummaryJson,
  revisionQuerySchema,
  saveDesignBodySchema,
  updateDesignBodySchema,
} from "@/lib/api/designs";
import { audit, type AuditAction } from "@/lib/auth/audit";
import { requireDesignRole } from "@/lib/auth/guards";
import { deleteDesign, getDb, getDesign, saveDesign, updateDesign } from "@/lib/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The design with its head document, or revision ?revision=N. */
export const GET = apiHandler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  await requireDesignRole(request, id, "viewer");
  const { revision } = readQuery(request, revisionQuerySchema);
  const { prisma } = await getDb();
  return Response.json(designJson(await getDesign(prisma, id, revision)));
});

/** Saves a new revision on top of `baseRevision`; 409 with the head when that is stale. */
export const PUT = apiHandler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const { user, design } = await requireDesignRole(request, id, "editor");
  const body = await readJson(request, saveDesignBodySchema);
  const { prisma } = await getDb();
  const revision = await saveDesign(prisma, id, { ...body, authorId: user.id, authorName: user.name });
  await audit(prisma, { teamId: design.teamId, designId: id, actor: user, action: "design.save", details: { revision, message: body.message ?? null } });
  return Response.json({ id, headRevision: revision, revision });
});

/** Renames, describes or (un)archives; no new revision. */
export const PATCH = apiHandler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const { user, design } = await requireDesignRole(request, id, "editor");
  const body = await readJson(request, updateDesignBodySchema);
  const { prisma } = await getDb();
  const updated = await updateDesign(prisma, id, body);
  const actions: AuditAction[] = [
    ...(body.name !== undefined && body.name !== design.name ? (["design.rename"] as const) : []),
    ...(body.description !== undefined && body.description !== design.description ? (["design.describe"] as const) : []),
    ...(body.archived !== undefined && body.archived !== design.archived ? [body.archived ? "design.archive" as const : "design.unarchive" as const] : []),
  ];
  for (const action of actions) {
    await audit(prisma, { teamId: design.teamId, designId: id, actor: user, action, details: { from: design.name, name: updated.name } });
  }
  return Response.json(designSummaryJson(updated));
});

/** Deletes the design and all its revisions. */
export const DELETE = apiHandler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const { user, design } = await requireDesignRole(request, id, "editor");
  const { prisma } = await getDb();
  await deleteDesign(prisma, id);
  await audit(prisma, { teamId: design.teamId, designId: id, actor: user, action: "design.delete", details: { name: design.name } });
  return new Response(null, { status: 204 });
});
