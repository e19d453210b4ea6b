import { forbidden, readJson } from "@/lib/api";
import { audit } from "@/lib/auth/audit";
import { designRoute } from "@/lib/auth/member-route";
import { addVerdict, listVerdicts } from "@/lib/db/reviews";
import { verdictBodySchema } from "@/lib/review";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Every verdict on the design, newest first (any member). */
export const GET = designRoute("viewer", async ({ id, prisma }) => {
  return Response.json({ verdicts: await listVerdicts(prisma, id) });
});

/**
 * Approves or requests changes on a revision. Reviewers decide, and owners (who manage the team);
 * editors, who write the designs, do not approve their own work.
 */
export const POST = designRoute("reviewer", async ({ request, id, user, design, role, prisma }) => {
  if (role === "editor") throw forbidden("Verdicts are given by reviewers and owners; editors write the designs under review.");
  const body = await readJson(request, verdictBodySchema);
  const verdict = await addVerdict(prisma, { designId: id, reviewerId: user.id, ...body });
  await audit(prisma, {
    teamId: design.teamId,
    designId: id,
    actor: user,
    action: "review.verdict",
    details: { revision: body.revision, verdict: body.verdict },
  });
  return Response.json(verdict, { status: 201 });
});
