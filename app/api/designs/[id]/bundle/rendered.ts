// Shared by the bundle and manifests routes: the stored design at a revision, validated, planned
// on the server (no handler trusts a client's plan) and rendered.
import { readQuery } from "@/lib/api";
import { exportFilename, revisionQuerySchema } from "@/lib/api/designs";
import { loadStoredDesign } from "@/lib/api/stored-design";
import type { PrismaClient } from "@/lib/db";
import { renderBundle, type BundleFile } from "@/lib/manifests";
import { plan } from "@/lib/planner";

export type RenderedDesign = { name: string; revision: number; files: BundleFile[] };

/** The design at ?revision=N (or its head), rendered; the caller has checked the role (viewers and above). */
export async function renderStoredDesign(request: Request, prisma: PrismaClient, id: string): Promise<RenderedDesign> {
  const { revision } = readQuery(request, revisionQuerySchema);
  const { stored, design } = await loadStoredDesign(prisma, id, revision);
  return { name: stored.name, revision: stored.revision, files: renderBundle(design, plan(design)) };
}

/** `<name>-r<N>.zip`, with the same file-system-safe name as the design export file. */
export function bundleFilename(name: string, revision: number): string {
  return exportFilename(name, revision).replace(/\.blueprint\.json$/, ".zip");
}
