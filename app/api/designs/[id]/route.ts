import { apiHandler, readJson, readQuery } from "@/lib/api";
import {
  designJson,
  designSummaryJson,
  revisionQuerySchema,
  saveDesignBodySchema,
  updateDesignBodySchema,
} from "@/lib/api/designs";
import { deleteDesign, getDb, getDesign, saveDesign, updateDesign } from "@/lib/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The design with its head document, or revision ?revision=N. */
export const GET = apiHandler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const { revision } = readQuery(request, revisionQuerySchema);
  const { prisma } = await getDb();
  return Response.json(designJson(await getDesign(prisma, id, revision)));
});

/** Saves a new revision on top of `baseRevision`; 409 with the head when that is stale. */
export const PUT = apiHandler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const body = await readJson(request, saveDesignBodySchema);
  const { prisma } = await getDb();
  const revision = await saveDesign(prisma, id, body);
  return Response.json({ id, headRevision: revision, revision });
});

/** Renames, describes or (un)archives; no new revision. */
export const PATCH = apiHandler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const body = await readJson(request, updateDesignBodySchema);
  const { prisma } = await getDb();
  return Response.json(designSummaryJson(await updateDesign(prisma, id, body)));
});

/** Deletes the design and all its revisions. */
export const DELETE = apiHandler(async (_request: Request, { params }: Context) => {
  const { id } = await params;
  const { prisma } = await getDb();
  await deleteDesign(prisma, id);
  return new Response(null, { status: 204 });
});
