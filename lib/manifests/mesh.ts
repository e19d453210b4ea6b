import type { Design } from "@/lib/design";
import { metadata } from "./metadata";
import type { Rendered } from "./types";

/**
 * Labels and annotations that put a zone namespace into the mesh: Istio's sidecar injection label
 * (https://istio.io/latest/docs/setup/additional-setup/sidecar-injection/), or Linkerd's inject
 * annotation and its default inbound policy, which refuses unauthenticated (non-mTLS) traffic when
 * mTLS is strict (https://linkerd.io/2/reference/authorization-policy/#default-policies).
 */
export function meshNamespaceMetadata(design: Design): { labels: Record<string, string>; annotations: Record<string, string> } {
  const { type, mtls } = design.network.serviceMesh;
  if (type === "istio") return { labels: { "istio-injection": "enabled" }, annotations: {} };
  if (type === "linkerd") {
    return {
      labels: {},
      annotations: { "linkerd.io/inject": "enabled", "config.linkerd.io/default-inbound-policy": mtls === "strict" ? "all-authenticated" : "all-unauthenticated" },
    };
  }
  return { labels: {}, annotations: {} };
}

/**
 * Istio: one mesh-wide PeerAuthentication in the root namespace (istio-system) sets the mTLS mode
 * for every workload (https://istio.io/latest/docs/reference/config/security/peer_authentication/).
 * Linkerd has mTLS on by default; its policy is set through the namespace annotations above.
 */
export function renderMesh(design: Design): Rendered {
  const { type, mtls } = design.network.serviceMesh;
  if (type === "istio") {
    return {
      groups: [
        {
          path: "mesh/peerauthentication.yaml",
          description: `Istio PeerAuthentication: mesh-wide mTLS ${mtls.toUpperCase()} (istio-system).`,
          objects: [
            {
              apiVersion: "security.istio.io/v1",
              kind: "PeerAuthentication",
              metadata: metadata("default", "istio-system"),
              spec: { mtls: { mode: mtls === "strict" ? "STRICT" : "PERMISSIVE" } },
            },
          ],
        },
      ],
    };
  }
  if (type === "linkerd") {
    return { groups: [], notes: ["Linkerd: the zone namespaces carry linkerd.io/inject and the default inbound policy; restart their workloads after applying namespaces/namespaces.yaml."] };
  }
  return { groups: [] };
}
