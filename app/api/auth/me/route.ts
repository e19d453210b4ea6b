import { apiHandler } from "@/lib/api";
import { requireUser } from "@/lib/auth/guards";
import { authMode } from "@/lib/auth/mode";
import { listTeamsOf } from "@/lib/auth/teams";
import { getDb } from "@/lib/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The signed-in user (in local mode without a session: the local owner) and their teams. */
export const GET = apiHandler(async (request: Request) => {
  const { sessionId, ...user } = await requireUser(request);
  const { prisma } = await getDb();
  return Response.json(
    { user, signedInBy: sessionId ? "session" : "local", mode: authMode(), teams: await listTeamsOf(prisma, user.id) },
    { headers: { "Cache-Control": "no-store" } },
  );
});
