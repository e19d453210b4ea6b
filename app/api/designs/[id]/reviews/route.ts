import { readJson, validationFailed } from "@/lib/api";
import { audit } from "@/lib/auth/audit";
import { designRoute } from "@/lib/auth/member-route";
import { createReviewRequest, getReviewSummary, nonMembers } from "@/lib/db/reviews";
import { reviewRequestBodySchema, reviewStateLabel } from "@/lib/review";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The design's review state with its requests and verdicts (any member). */
export const GET = designRoute("viewer", async ({ id, prisma }) => {
  const summary = await getReviewSummary(prisma, id);
  return Response.json({ ...summary, label: reviewStateLabel(summary.state) });
});

/** Asks team members to review a revision (editors and owners); replaces the open request. */
export const POST = designRoute("editor", async ({ request, id, user, design, prisma }) => {
  const body = await readJson(request, reviewRequestBodySchema);
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
