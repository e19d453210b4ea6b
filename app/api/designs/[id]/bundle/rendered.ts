// Shared by the bundle and manifests routes: the stored design at a revision, validated, planned
// on the server (no handler trusts a client's plan) and rendered.
import { readQuery } from "@/lib/api";
import { exportFilename, revisionQuerySchema } from "@/lib/api/designs";
import { loadStoredDesign } from "@/lib/api/stored-design";
import { requireDesignRole } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { renderBundle, type BundleFile } from "@/lib/manifests";
import { plan } from "@/lib/planner";

export type RenderedDesign = { name: string; revision: number; files: BundleFile[] };

/** Viewers and above of the design's team may read its manifests. */
export async function renderStoredDesign(request: Request, id: string): Promise<RenderedDesign> {
  await requireDesignRole(request, id, "viewer");
  const { revision } = readQuery(request, revisionQuerySchema);
  const { prisma } = await getDb();
  const { stored, design } = await loadStoredDesign(prisma, id, revision);
  return { name: stored.name, revision: stored.revision, files: renderBundle(design, plan(design)) };
}

/** `<name>-r<N>.zip`, with the same file-system-safe name as the design export file. */
export function bundleFilename(name: string, revision: number): string {
  return exportFilename(name, revision).replace(/\.blueprint\.json$/, ".zip");
}
