import { apiHandler, notFound } from "@/lib/api";
import { audit } from "@/lib/auth/audit";
import { requireDesignRole } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { revokeShareLink } from "@/lib/db/share-links";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Revokes a share link: its URL answers 404 from now on (editors and owners). */
export const DELETE = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string; linkId: string }> }) => {
  const { id, linkId } = await params;
  const { user, design } = await requireDesignRole(request, id, "editor");
  const { prisma } = await getDb();
  const link = await revokeShareLink(prisma, id, linkId);
  if (!link) throw notFound(`Share link ${linkId} does not exist on this design.`);
  await audit(prisma, { teamId: design.teamId, designId: id, actor: user, action: "share.revoke", details: { linkId, revision: link.revision } });
  return Response.json(link);
});
