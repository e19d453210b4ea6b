import { notFound, readJson, validationFailed } from "@/lib/api";
import { audit } from "@/lib/auth/audit";
import { designRoute } from "@/lib/auth/member-route";
import { setThreadResolved } from "@/lib/db/comments";
import { resolveBodySchema } from "@/lib/review";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Resolves or reopens a thread by its first comment (reviewers, editors and owners). */
export const PATCH = designRoute<{ id: string; commentId: string }>("reviewer", async ({ request, id, params: { commentId }, user, design, prisma }) => {
  const { resolved } = await readJson(request, resolveBodySchema);
  const result = await setThreadResolved(prisma, id, commentId, user.id, resolved);
  if (!result.ok && result.reason === "not_a_thread") {
    throw validationFailed([{ path: "", message: "a reply cannot be resolved on its own: resolve its thread's first comment" }]);
  }
  if (!result.ok) throw notFound(`Comment ${commentId} does not exist on this design.`);
  await audit(prisma, { teamId: design.teamId, designId: id, actor: user, action: "comment.resolve", details: { commentId, resolved } });
  return Response.json(result.value);
});
