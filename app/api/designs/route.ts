import { apiHandler, readJson, readQuery } from "@/lib/api";
import {
  createDesignBodySchema,
  designSummaryJson,
  listQuerySchema,
  newDesignFromBody,
} from "@/lib/api/designs";
import { createDesign, getDb, listDesigns } from "@/lib/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Designs, most recently changed first; archived ones only with ?archived=1. */
export const GET = apiHandler(async (request: Request) => {
  const query = readQuery(request, listQuerySchema);
  const { prisma } = await getDb();
  const designs = await listDesigns(prisma, { includeArchived: query.archived === "1" });
  return Response.json({ designs: designs.map(designSummaryJson) });
});

/** Creates a design from `{ name, template }` or `{ name, document }`; revision 1. */
export const POST = apiHandler(async (request: Request) => {
  const body = await readJson(request, createDesignBodySchema);
  const { prisma } = await getDb();
  const design = await createDesign(prisma, newDesignFromBody(body));
  return Response.json(designSummaryJson(design), {
    status: 201,
    headers: { Location: `/api/designs/${design.id}` },
  });
});
