import { apiHandler, notFound } from "@/lib/api";
import { loadDocument } from "@/lib/api/designs";
import { getDb } from "@/lib/db";
import { openShareLink } from "@/lib/db/share-links";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The revision a share link shows, for people outside the team: no session needed, the token is
 * the credential. Unknown and revoked tokens are the same 404, so a revoked link reveals nothing.
 */
export const GET = apiHandler(async (_request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const { prisma } = await getDb();
  const shared = await openShareLink(prisma, token);
  if (!shared) throw notFound("This share link does not exist or was revoked.");
  const { name, revision, message, authorName, revisionCreatedAt, document } = shared;
  return Response.json(
    { name, revision, message, authorName, revisionCreatedAt, ...loadDocument(document) },
    { headers: { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } },
  );
});
