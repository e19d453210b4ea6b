import { notFound } from "@/lib/api";
import { audit } from "@/lib/auth/audit";
import { designRoute } from "@/lib/auth/member-route";
import { revokeShareLink } from "@/lib/db/share-links";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Revokes a share link: its URL answers 404 from now on (editors and owners). */
export const DELETE = designRoute<{ id: string; linkId: string }>("editor", async ({ id, params: { linkId }, user, design, prisma }) => {
  const link = await revokeShareLink(prisma, id, linkId);
  if (!link) throw notFound(`Share link ${linkId} does not exist on this design.`);
  await audit(prisma, { teamId: design.teamId, designId: id, actor: user, action: "share.revoke", details: { linkId, revision: link.revision } });
  return Response.json(link);
});
