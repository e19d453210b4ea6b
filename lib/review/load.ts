// Server side only (not exported from lib/review's index, which stays pure and runs in the
// browser): stored revisions read, validated and diffed for the diff route and review pages.
import { loadStoredDesign } from "../api/stored-design";
import type { PrismaClient } from "../db";
import type { Design } from "../design";
import { renderBundle, type BundleFile } from "../manifests";
import { plan, type Plan } from "../planner";
import { diffHighlights, type DiffHighlights } from "./highlights";
import { diffRevisions, type RevisionDiff } from "./revision-diff";

export type RevisionDiffJson = RevisionDiff & { from: number; to: number; highlights: DiffHighlights };

export async function loadRevisionDiff(db: PrismaClient, designId: string, from: number, to: number): Promise<RevisionDiffJson> {
  const [before, after] = await Promise.all([loadStoredDesign(db, designId, from), loadStoredDesign(db, designId, to)]);
  const diff = diffRevisions(before.design, after.design);
  return { from, to, ...diff, highlights: diffHighlights(diff.document) };
}

/** A revision's plan and manifests, computed on the server for the read-only views. */
export function plannedAndRendered(design: Design): { plan: Plan; files: BundleFile[] } {
  const planned = plan(design);
  return { plan: planned, files: renderBundle(design, planned) };
}
