// First start of the embedded database: put the reference design in, so that a fresh `npm start`
// opens on something to look at. Not for DATABASE_URL (shared servers and tests start empty).
import { getTemplate } from "../design";
import { createDesign } from "./designs";
import type { PrismaClient } from "./generated/prisma/client";
import { ensureLocalOwner } from "./local-owner";

export const SEED_DESIGN_NAME = "reference-5000";

/**
 * Creates the reference design in the local owner's team unless the database already holds
 * designs; returns whether it did.
 */
export async function seedEmbedded(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.design.count()) > 0) return false;
  const owner = await ensureLocalOwner(prisma);
  await createDesign(prisma, owner.teamId, {
    name: SEED_DESIGN_NAME,
    description: "5,000-node reference cluster: Calico BGP to the ToR, IPVS, Ceph, Velero.",
    document: getTemplate("reference-5000"),
    message: "Created from the reference-5000 template",
    authorId: owner.id,
    authorName: owner.name,
  });
  return true;
}
