import { apiHandler, readJson, validationFailed } from "@/lib/api";
import { audit } from "@/lib/auth/audit";
import { requireDesignRole } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { createReviewRequest, getReviewSummary, nonMembers } from "@/lib/db/reviews";
import { reviewRequestBodySchema, reviewStateLabel } from "@/lib/review";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The design's review state with its requests and verdicts (any member). */
export const GET = apiHandler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  await requireDesignRole(request, id, "viewer");
  const { prisma } = await getDb();
  const summary = await getReviewSummary(prisma, id);
  return Response.json({ ...summary, label: reviewStateLabel(summary.state) });
});

/** Asks team members to review a revision (editors and owners); replaces the open request. */
export const POST = apiHandler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const { user, design } = await requireDesignRole(request, id, "editor");
  const body = await readJson(request, reviewRequestBodySchema);
  const { prisma } = await getDb();
  const outsiders = new Set(await nonMembers(prisma, design.teamId, body.reviewerIds));
  if (outsiders.size > 0) {
    throw validationFailed(
      body.reviewerIds.flatMap((reviewerId, i) => (outsiders.has(reviewerId) ? [{ path: `/reviewerIds/${i}`, message: "is not a member of the design's team" }] : [])),
    );
  }
  const created = await createReviewRequest(prisma, { designId: id, revision: body.revision, requestedById: user.id, reviewerIds: body.reviewerIds });
  await audit(prisma, {
    teamId: design.teamId,
    designId: id,
    actor: user,
    action: "review.request",
    details: { revision: body.revision, reviewerIds: created.reviewers.map((r) => r.id) },
  });
  return Response.json(created, { status: 201 });
});
