import { readJson, readQuery } from "@/lib/api";
import {
  designJson,
  designSummaryJson,
  revisionQuerySchema,
  saveDesignBodySchema,
  updateDesignBodySchema,
} from "@/lib/api/designs";
import { audit, type AuditAction } from "@/lib/auth/audit";
import { designRoute } from "@/lib/auth/member-route";
import { deleteDesign, getDesign, saveDesign, updateDesign } from "@/lib/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The design with its head document, or revision ?revision=N. */
export const GET = designRoute("viewer", async ({ request, id, prisma }) => {
  const { revision } = readQuery(request, revisionQuerySchema);
  return Response.json(designJson(await getDesign(prisma, id, revision)));
});

/** Saves a new revision on top of `baseRevision`; 409 with the head when that is stale. */
export const PUT = designRoute("editor", async ({ request, id, user, design, prisma }) => {
  const body = await readJson(request, saveDesignBodySchema);
  const revision = await saveDesign(prisma, id, { ...body, authorId: user.id, authorName: user.name });
  await audit(prisma, { teamId: design.teamId, designId: id, actor: user, action: "design.save", details: { revision, message: body.message ?? null } });
  return Response.json({ id, headRevision: revision, revision });
});

/** Renames, describes or (un)archives; no new revision. */
export const PATCH = designRoute("editor", async ({ request, id, user, design, prisma }) => {
  const body = await readJson(request, updateDesignBodySchema);
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
export const DELETE = designRoute("editor", async ({ id, user, design, prisma }) => {
  await deleteDesign(prisma, id);
  await audit(prisma, { teamId: design.teamId, designId: id, actor: user, action: "design.delete", details: { name: design.name } });
  return new Response(null, { status: 204 });
});
