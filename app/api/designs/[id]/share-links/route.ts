import { readJson } from "@/lib/api";
import { audit } from "@/lib/auth/audit";
import { designRoute } from "@/lib/auth/member-route";
import { createShareLink, listShareLinks } from "@/lib/db/share-links";
import { shareLinkBodySchema, shareUrl } from "@/lib/review";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// A share link shows a revision to anyone who has it, outside the team: making, listing and
// revoking them is for those who may change the design (editors and owners).

/** The design's links, newest first; their URLs are not stored and cannot be shown again. */
export const GET = designRoute("editor", async ({ id, prisma }) => {
  return Response.json({ links: await listShareLinks(prisma, id) });
});

/** A new read-only link to a revision; its URL is in this response only. */
export const POST = designRoute("editor", async ({ request, id, user, design, prisma }) => {
  const { revision } = await readJson(request, shareLinkBodySchema);
  const { token, ...link } = await createShareLink(prisma, { designId: id, revision, createdById: user.id });
  await audit(prisma, { teamId: design.teamId, designId: id, actor: user, action: "share.create", details: { linkId: link.id, revision } });
  return Response.json({ ...link, url: shareUrl(token) }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
