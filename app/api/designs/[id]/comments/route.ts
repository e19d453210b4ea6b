import { readJson, readQuery, validationFailed } from "@/lib/api";
import { audit } from "@/lib/auth/audit";
import { designRoute } from "@/lib/auth/member-route";
import { createComment, listCommentThreads } from "@/lib/db/comments";
import { commentBodySchema, commentsQuerySchema } from "@/lib/review";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Comment threads on ?revision=N, or on every revision (any member). */
export const GET = designRoute("viewer", async ({ request, id, prisma }) => {
  const { revision } = readQuery(request, commentsQuerySchema);
  return Response.json({ threads: await listCommentThreads(prisma, id, revision) });
});

/** A comment on a revision, or a reply to a thread (reviewers, editors and owners). */
export const POST = designRoute("reviewer", async ({ request, id, user, design, prisma }) => {
  const body = await readJson(request, commentBodySchema);
  const created = await createComment(prisma, { designId: id, authorId: user.id, ...body });
  if (!created.ok) throw validationFailed([{ path: "/parentId", message: "is not a comment on this revision of the design" }]);
  await audit(prisma, {
    teamId: design.teamId,
    designId: id,
    actor: user,
    action: "comment.create",
    details: { revision: body.revision, commentId: created.value.id, anchor: created.value.anchor, parentId: created.value.parentId },
  });
  return Response.json(created.value, { status: 201 });
});
