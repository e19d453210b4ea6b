import { apiHandler, forbidden, readJson } from "@/lib/api";
import { audit } from "@/lib/auth/audit";
import { requireDesignRole } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { addVerdict, listVerdicts } from "@/lib/db/reviews";
import { verdictBodySchema } from "@/lib/review";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Every verdict on the design, newest first (any member). */
export const GET = apiHandler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  await requireDesignRole(request, id, "viewer");
  const { prisma } = await getDb();
  return Response.json({ verdicts: await listVerdicts(prisma, id) });
});

/**
 * Approves or requests changes on a revision. Reviewers decide, and owners (who manage the team);
 * editors, who write the designs, do not approve their own work.
 */
export const POST = apiHandler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const { user, design, role } = await requireDesignRole(request, id, "reviewer");
  if (role === "editor") throw forbidden("Verdicts are given by reviewers and owners; editors write the designs under review.");
  const body = await readJson(request, verdictBodySchema);
  const { prisma } = await getDb();
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
