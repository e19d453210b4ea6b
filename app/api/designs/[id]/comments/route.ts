import { apiHandler, readJson, readQuery, validationFailed } from "@/lib/api";
import { audit } from "@/lib/auth/audit";
import { requireDesignRole } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { createComment, listCommentThreads } from "@/lib/db/comments";
import { commentBodySchema, commentsQuerySchema } from "@/lib/review";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Comment threads on ?revision=N, or on every revision (any member). */
export const GET = apiHandler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  await requireDesignRole(request, id, "viewer");
  const { revision } = readQuery(request, commentsQuerySchema);
  const { prisma } = await getDb();
  return Response.json({ threads: await listCommentThreads(prisma, id, revision) });
});

/** A comment on a revision, or a reply to a thread (reviewers, editors and owners). */
export const POST = apiHandler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const { user, design } = await requireDesignRole(request, id, "reviewer");
  const body = await readJson(request, commentBodySchema);
  const { prisma } = await getDb();
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
