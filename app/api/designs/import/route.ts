import { apiHandler, readJson } from "@/lib/api";
import { designSummaryJson, newDesignFromImport } from "@/lib/api/designs";
import { createDesign, getDb } from "@/lib/db";
import { z } from "zod";

export const runtime = "nodejs";

/** Creates a design from an exported file (GET .../export) or a bare design document. */
export const POST = apiHandler(async (request: Request) => {
  const body = await readJson(request, z.unknown());
  const { prisma } = await getDb();
  const design = await createDesign(prisma, newDesignFromImport(body));
  return Response.json(designSummaryJson(design), {
    status: 201,
    headers: { Location: `/api/designs/${design.id}` },
  });
});
