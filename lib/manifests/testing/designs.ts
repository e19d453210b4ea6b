// Test support: designs that reach every branch of the renderers, built from the templates.
import { designSchema, getTemplate, templateNames, type Design, type DesignInput } from "@/lib/design";

function variant(base: Design, change: (input: DesignInput) => void): Design {
  const input = structuredClone(base) as DesignInput;
  change(input);
  return designSchema.parse(input);
}

/**
 * Route reflectors, IPIP with WireGuard, Linkerd strict, an erasure-coded Ceph pool, GlusterFS,
 * object storage and an S3-compatible backup store.
 */
export function variantDesigns(): Record<string, Design> {
  const starter = getTemplate("starter-500");
  return {
    "ipip-linkerd-ec-gluster": variant(starter, (d) => {
      d.network = { ...d.network, overlay: "calico-ipip", wireguard: true, serviceMesh: { type: "linkerd", mtls: "strict" } };
      d.fabric = { ...d.fabric, bgp: { mode: "route-reflector", routeReflectors: 3 } };
      d.storage = {
        backends: [
          { name: "ceph-ec", type: "ceph", protection: { kind: "erasure-coded", dataChunks: 4, codingChunks: 2 }, failureDomain: "host", deviceClass: "hdd" },
          { name: "gluster", type: "glusterfs", replicas: 3, deviceClass: "ssd" },
          { name: "oss", type: "object", provider: "s3-compatible", csiDriver: "ru.yandex.s3.csi", bucket: "data" },
        ],
        classes: [
          { name: "archive", backend: "ceph-ec", isDefault: true },
          { name: "shared", backend: "gluster" },
          { name: "objects", backend: "oss", reclaimPolicy: "Retain", allowVolumeExpansion: false },
        ],
      };
      d.backup = { ...d.backup, provider: "s3-compatible", s3Url: "https://minio.example.com:9000", bucket: "it's-$(reboot)" };
      d.zones = [
        { name: "frontend", namespaces: ["web", "web-canary"], podSelector: { app: "web" }, pool: "workers", ingressFromOutside: [{ protocol: "TCP", port: 30000, endPort: 30100 }] },
        { name: "backend", namespaces: ["api"], pool: "workers" },
      ];
      d.flows = [
        { from: "frontend", to: "backend", ports: [{ protocol: "TCP", port: 8080 }] },
        { from: "frontend", to: "backend", ports: [{ protocol: "UDP", port: 9000, endPort: 9010 }] },
        { from: "backend", to: "frontend", ports: [] },
      ];
    }),
    "vxlan-azure-istio-permissive": variant(starter, (d) => {
      d.network = { ...d.network, overlay: "calico-vxlan", serviceMesh: { type: "istio", mtls: "permissive" } };
      d.backup = { ...d.backup, provider: "azure" };
    }),
    "flannel-gcp-full-mesh": variant(starter, (d) => {
      d.network = { ...d.network, overlay: "flannel-vxlan", kubeProxy: { mode: "nftables" } };
      d.fabric = { ...d.fabric, bgp: { mode: "full-mesh" } };
      d.backup = { ...d.backup, provider: "gcp" };
    }),
  };
}

/** Every template and every variant, by name. */
export function allDesigns(): Record<string, Design> {
  return { ...Object.fromEntries(templateNames.map((name) => [name, getTemplate(name)])), ...variantDesigns() };
}
