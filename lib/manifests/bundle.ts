import type { Design } from "@/lib/design";
import { renderCalico } from "./calico";
import { renderCeph } from "./ceph";
import { renderIpamCleanup } from "./ipam-cleanup";
import { renderKubeProxy } from "./kube-proxy";
import { renderKustomization } from "./kustomization";
import { renderMesh } from "./mesh";
import { renderMonitoring } from "./monitoring";
import { renderNamespaces } from "./namespaces";
import { renderNetworkPolicies } from "./network-policy";
import type { BundlePlan } from "./plan";
import { renderReadme } from "./readme";
import { renderStorageClasses } from "./storage-classes";
import type { BundleFile, Rendered } from "./types";
import { renderVelero } from "./velero";
import { stableJson, toYamlDocuments } from "./yaml";

/** Path of each document that is not a manifest. */
export const DOCUMENT_PATHS = { readme: "README.md", kustomization: "kustomization.yaml", design: "design.json", plan: "plan.json" } as const;

/**
 * Every file of the bundle, pure: the same design and plan give the same paths in the same order
 * with the same bytes. Concerns are rendered in the order they must be applied: namespaces first,
 * then networking, policies, mesh, storage, backup, monitoring and the IPAM clean-up job.
 */
export function renderBundle(design: Design, plan: BundlePlan): BundleFile[] {
  const rendered: Rendered[] = [
    renderNamespaces(design),
    renderCalico(design),
    renderKubeProxy(design),
    renderNetworkPolicies(design),
    renderMesh(design),
    renderCeph(design, plan),
    renderStorageClasses(design),
    renderVelero(design),
    renderMonitoring(design),
    renderIpamCleanup(design),
  ];
  const groups = rendered.flatMap((part) => part.groups).filter((group) => group.objects.length > 0);
  const documents = rendered.flatMap((part) => part.documents ?? []);
  const notes = rendered.flatMap((part) => part.notes ?? []);
  return [
    { path: DOCUMENT_PATHS.readme, content: renderReadme({ design, plan, groups, documents, notes }) },
    { path: DOCUMENT_PATHS.kustomization, content: renderKustomization(groups.map((group) => group.path)) },
    ...groups.map((group) => ({ path: group.path, content: toYamlDocuments(group.objects) })),
    ...documents.map(({ path, content }) => ({ path, content })),
    { path: DOCUMENT_PATHS.design, content: stableJson(design) },
    { path: DOCUMENT_PATHS.plan, content: stableJson(plan) },
  ];
}
