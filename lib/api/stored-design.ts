// A stored revision read back as a design: the plan, manifests and diff routes all plan and render
// on the server from what is stored (no handler trusts a client's plan), so they share this step.
import { getDesign, type DesignAtRevision, type PrismaClient } from "../db";
import { parseDesign, type Design } from "../design";
import { validationFailed } from "./errors";

export type StoredDesign = { stored: DesignAtRevision; design: Design };

/** Revision `revision` (the head when absent), in the current format; 400 with the paths when it no longer validates. */
export async function loadStoredDesign(db: PrismaClient, designId: string, revision?: number): Promise<StoredDesign> {
  const stored = await getDesign(db, designId, revision);
  const parsed = parseDesign(stored.document);
  if (!parsed.ok) {
    throw validationFailed(parsed.issues, `Revision ${stored.revision} of this design is not a valid design document: open it in the studio and fix it first.`);
  }
  return { stored, design: parsed.design };
}
