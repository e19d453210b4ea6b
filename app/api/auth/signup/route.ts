import { apiHandler, readJson } from "@/lib/api";
import { signUp } from "@/lib/auth/accounts";
import { sessionCookie } from "@/lib/auth/cookies";
import { signUpBodySchema } from "@/lib/auth/schemas";
import { createSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db";

export const runtime = "nodejs";

/** Creates an account with its personal team and signs it in. */
export const POST = apiHandler(async (request: Request) => {
  const body = await readJson(request, signUpBodySchema);
  const { prisma } = await getDb();
  const { personalTeamId, ...user } = await signUp(prisma, body);
  const session = await createSession(prisma, user.id);
  return Response.json(
    { user, personalTeamId },
    { status: 201, headers: { "Set-Cookie": sessionCookie(request, session.token), "Cache-Control": "no-store" } },
  );
});
