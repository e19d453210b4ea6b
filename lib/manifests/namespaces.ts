import type { Design } from "@/lib/design";
import { ZONE_LABEL } from "./labels";
import { meshNamespaceMetadata } from "./mesh";
import { metadata } from "./metadata";
import type { K8sObject, Rendered } from "./types";

/** Namespaces Kubernetes creates and owns; the bundle never redefines them. */
function isSystemNamespace(name: string): boolean {
  return name === "default" || name.startsWith("kube-");
}

/**
 * The namespaces of the security zones, which the NetworkPolicies live in, labelled with their zone
 * and, when the design has a mesh, with what puts them into it. A namespace listed by two zones
 * is created once, labelled with the first.
 */
export function renderNamespaces(design: Design): Rendered {
  const mesh = meshNamespaceMetadata(design);
  const seen = new Set<string>();
  const objects: K8sObject[] = [];
  for (const zone of design.zones) {
    for (const name of zone.namespaces) {
      if (seen.has(name) || isSystemNamespace(name)) continue;
      seen.add(name);
      objects.push({
        apiVersion: "v1",
        kind: "Namespace",
        metadata: metadata(name, undefined, { labels: { [ZONE_LABEL]: zone.name, ...mesh.labels }, annotations: mesh.annotations }),
      });
    }
  }
  if (objects.length === 0) return { groups: [] };
  return { groups: [{ path: "namespaces/namespaces.yaml", description: "The namespaces of the security zones, labelled with their zone (and mesh injection).", objects }] };
}
