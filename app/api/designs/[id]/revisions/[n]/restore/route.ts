import { parseWith } from "@/lib/api";
import { audit } from "@/lib/auth/audit";
import { designRoute } from "@/lib/auth/member-route";
import { saveDesign } from "@/lib/db";
import { revisionParamSchema } from "@/lib/review";
import { loadStoredDesign } from "@/lib/api/stored-design";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Saves revision n's document as a new head revision on top of the current one (editors and
 * owners). History is never rewritten: the revisions after n stay, and the restore is one more
 * save, with the same 409 as any save if the head moves meanwhile.
 */
export const POST = designRoute<{ id: string; n: string }>("editor", async ({ id, params: { n: raw }, user, design, prisma }) => {
  const { n } = parseWith(revisionParamSchema, { n: raw });
  // In the current format, and refused (400) if the current schema no longer accepts it.
  const { design: document } = await loadStoredDesign(prisma, id, n);
  const revision = await saveDesign(prisma, id, {
    baseRevision: design.headRevision,
    document,
    message: `Restored revision ${n}`,
    authorId: user.id,
    authorName: user.name,
  });
  await audit(prisma, { teamId: design.teamId, designId: id, actor: user, action: "design.restore", details: { from: n, revision } });
  return Response.json({ id, revision, headRevision: revision, restoredFrom: n }, { status: 201 });
});
