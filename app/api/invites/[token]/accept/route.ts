import { apiHandler } from "@/lib/api";
import { requireUser } from "@/lib/auth/guards";
import { acceptInvite } from "@/lib/auth/teams";
import { getDb } from "@/lib/db";

export const runtime = "nodejs";

/** The signed-in user joins the invite's team; 404 for an unknown, used or expired link, 403 for another address. */
export const POST = apiHandler(async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const user = await requireUser(request);
  const { prisma } = await getDb();
  return Response.json(await acceptInvite(prisma, user, token));
});
