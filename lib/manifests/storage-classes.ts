import type { Design, StorageBackend, StorageClass } from "@/lib/design";
import { metadataPoolName, ROOK_NAMESPACE } from "./ceph";
import { metadata } from "./metadata";
import type { K8sObject, Rendered } from "./types";

/** Rook's RBD CSI driver is named after the operator namespace (Rook deploy/examples/csi/rbd/storageclass.yaml). */
const RBD_PROVISIONER = `${ROOK_NAMESPACE}.rbd.csi.ceph.com`;
/** GlusterFS through the Kadalu CSI driver: the in-tree kubernetes.io/glusterfs provisioner was removed in Kubernetes 1.26. */
const GLUSTER_PROVISIONER = "kadalu";

function rbdParameters(backend: Extract<StorageBackend, { type: "ceph" }>): Record<string, string> {
  const secrets = (kind: string, secret: string) => ({
    [`csi.storage.k8s.io/${kind}-secret-name`]: secret,
    [`csi.storage.k8s.io/${kind}-secret-namespace`]: ROOK_NAMESPACE,
  });
  const pools: Record<string, string> =
    backend.protection.kind === "erasure-coded" ? { pool: metadataPoolName(backend), dataPool: backend.name } : { pool: backend.name };
  return {
    clusterID: ROOK_NAMESPACE,
    ...pools,
    imageFormat: "2",
    imageFeatures: "layering",
    ...secrets("provisioner", "rook-csi-rbd-provisioner"),
    ...secrets("controller-expand", "rook-csi-rbd-provisioner"),
    ...secrets("node-stage", "rook-csi-rbd-node"),
    "csi.storage.k8s.io/fstype": "ext4",
  };
}

function provisionerOf(backend: StorageBackend): { provisioner: string; parameters: Record<string, string> } {
  switch (backend.type) {
    case "ceph":
      return { provisioner: RBD_PROVISIONER, parameters: rbdParameters(backend) };
    case "glusterfs":
      return { provisioner: GLUSTER_PROVISIONER, parameters: { storage_name: backend.name } };
    case "object":
      return { provisioner: backend.csiDriver, parameters: { bucket: backend.bucket } };
  }
}

function storageClass(cls: StorageClass, backend: StorageBackend): K8sObject {
  return {
    apiVersion: "storage.k8s.io/v1",
    kind: "StorageClass",
    metadata: metadata(cls.name, undefined, cls.isDefault ? { annotations: { "storageclass.kubernetes.io/is-default-class": "true" } } : {}),
    ...provisionerOf(backend),
    reclaimPolicy: cls.reclaimPolicy,
    allowVolumeExpansion: cls.allowVolumeExpansion,
    // Ceph RBD is reachable from every node, so its volumes bind at once; other drivers may be
    // topology-aware and bind where the pod lands.
    volumeBindingMode: backend.type === "ceph" ? "Immediate" : "WaitForFirstConsumer",
  };
}

export function renderStorageClasses(design: Design): Rendered {
  const objects: K8sObject[] = [];
  const notes: string[] = [];
  for (const cls of design.storage.classes) {
    const backend = design.storage.backends.find((candidate) => candidate.name === cls.backend);
    if (!backend) {
      notes.push(`Storage class ${cls.name} names the missing backend ${cls.backend}: it is left out.`);
      continue;
    }
    objects.push(storageClass(cls, backend));
  }
  const kinds = new Set(design.storage.backends.map((backend) => backend.type));
  if (kinds.has("object")) notes.push("Object storage classes mount buckets through their CSI driver: install the driver and its credentials secret first.");
  if (kinds.has("glusterfs")) notes.push("GlusterFS classes use the Kadalu CSI driver: create the Kadalu storage named after each GlusterFS backend first.");
  if (objects.length === 0) return { groups: [], notes };
  return { groups: [{ path: "storage/storageclasses.yaml", description: "StorageClasses: Rook RBD for the Ceph tiers, CSI drivers for object storage and GlusterFS.", objects }], notes };
}
