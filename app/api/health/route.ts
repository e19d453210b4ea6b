import { errorResponse } from "@/lib/api";
import { getDb } from "@/lib/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Liveness with a real database round trip; used by the e2e web server and deployments. */
export async function GET() {
  try {
    const db = await getDb();
    await db.prisma.$queryRaw`SELECT 1`;
    return Response.json({ ok: true, database: db.kind });
  } catch (error) {
    console.error("health check failed:", error);
    return errorResponse(503, "internal_error", "The database is not available.", undefined, { ok: false });
  }
}
