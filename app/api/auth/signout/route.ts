import { z } from "zod";
import { apiHandler, readQuery } from "@/lib/api";
import { personalTeamId } from "@/lib/auth/accounts";
import { audit } from "@/lib/auth/audit";
import { clearedSessionCookie, readSessionToken } from "@/lib/auth/cookies";
import { currentUser } from "@/lib/auth/guards";
import { revokeAllSessions, revokeSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db";

export const runtime = "nodejs";

const querySchema = z.object({ everywhere: z.enum(["0", "1"]).optional() });

/**
 * Ends the session on the server (a copied cookie stops working too) and clears the cookie;
 * ?everywhere=1 ends every session of the user. Always 204: signing out twice is not an error.
 */
export const POST = apiHandler(async (request: Request) => {
  const { everywhere } = readQuery(request, querySchema);
  const token = readSessionToken(request);
  const headers = { "Set-Cookie": clearedSessionCookie(request), "Cache-Control": "no-store" };
  if (token === undefined) return new Response(null, { status: 204, headers });
  const user = await currentUser(request);
  const { prisma } = await getDb();
  if (user?.sessionId && everywhere === "1") await revokeAllSessions(prisma, user.id);
  else await revokeSession(prisma, token);
  if (user?.sessionId) {
    const teamId = await personalTeamId(prisma, user.id);
    if (teamId) await audit(prisma, { teamId, actor: user, action: "auth.signout", details: { everywhere: everywhere === "1" } });
  }
  return new Response(null, { status: 204, headers });
});
