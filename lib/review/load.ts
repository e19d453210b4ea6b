// Server side only (not exported from lib/review's index, which stays pure and runs in the
// browser): stored revisions read, validated and diffed for the diff route and review pages.
import { validationFailed } from "../api/errors";
import { getDesign, type PrismaClient } from "../db";
import { parseDesign, type Design } from "../design";
import { renderBundle, type BundleFile } from "../manifests";
import { plan, type Plan } from "../planner";
import { diffHighlights, type DiffHighlights } from "./highlights";
import { diffRevisions, type RevisionDiff } from "./revision-diff";

/** The document of revision `n`, in the current format; 400 when the stored document is no longer valid. */
export async function loadRevisionDesign(db: PrismaClient, designId: string, n: number): Promise<Design> {
  const stored = await getDesign(db, designId, n);
  const parsed = parseDesign(stored.document);
  if (!parsed.ok) {
    throw validationFailed(parsed.issues, `Revision ${n} of this design is not a valid design document: open it in the studio and fix it first.`);
  }
  return parsed.design;
}

export type RevisionDiffJson = RevisionDiff & { from: number; to: number; highlights: DiffHighlights };

export async function loadRevisionDiff(db: PrismaClient, designId: string, from: number, to: number): Promise<RevisionDiffJson> {
  const [before, after] = await Promise.all([loadRevisionDesign(db, designId, from), loadRevisionDesign(db, designId, to)]);
  const diff = diffRevisions(before, after);
  return { from, to, ...diff, highlights: diffHighlights(diff.document) };
}

/** A revision's plan and manifests, computed on the server for the read-only views. */
export function plannedAndRendered(design: Design): { plan: Plan; files: BundleFile[] } {
  const planned = plan(design);
  return { plan: planned, files: renderBundle(design, planned) };
}
