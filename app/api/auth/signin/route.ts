import { apiHandler, errorResponse, readJson, unauthenticated } from "@/lib/api";
import { authenticate, personalTeamId, WRONG_CREDENTIALS } from "@/lib/auth/accounts";
import { audit } from "@/lib/auth/audit";
import { clientIp } from "@/lib/auth/client-ip";
import { sessionCookie } from "@/lib/auth/cookies";
import { accountSignInLimiter, signInLimiter } from "@/lib/auth/rate-limit";
import { signInBodySchema } from "@/lib/auth/schemas";
import { createSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db";

export const runtime = "nodejs";

/** Signs in with email and password; 401 on wrong credentials, 429 after too many failures. */
export const POST = apiHandler(async (request: Request) => {
  const { email, password } = await readJson(request, signInBodySchema);
  const key = `${email}|${clientIp(request)}`;
  const limits = [signInLimiter.check(key), accountSignInLimiter.check(email)];
  const limit = limits.find((decision) => !decision.allowed);
  if (limit) {
    const response = errorResponse(429, "too_many_requests", `Too many failed sign-ins: try again in ${limit.retryAfterSeconds} s.`);
    response.headers.set("Retry-After", String(limit.retryAfterSeconds));
    return response;
  }
  const { prisma } = await getDb();
  const user = await authenticate(prisma, email, password);
  if (!user) {
    signInLimiter.fail(key);
    accountSignInLimiter.fail(email);
    throw unauthenticated(WRONG_CREDENTIALS);
  }
  signInLimiter.reset(key);
  accountSignInLimiter.reset(email);
  const session = await createSession(prisma, user.id);
  const teamId = await personalTeamId(prisma, user.id);
  if (teamId) await audit(prisma, { teamId, actor: user, action: "auth.signin", details: { ip: clientIp(request) } });
  return Response.json(
    { user },
    { headers: { "Set-Cookie": sessionCookie(request, session.token), "Cache-Control": "no-store" } },
  );
});
