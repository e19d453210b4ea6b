import type { Design, StorageBackend } from "@/lib/design";
import { NODE_POOL_LABEL, ROOK_RACK_LABEL } from "./labels";
import { metadata } from "./metadata";
import { boundedName } from "./names";
import { pgCountOf, type BundlePlan } from "./plan";
import type { K8sObject, Rendered } from "./types";

// Rook CephCluster and CephBlockPool (ceph.rook.io/v1, https://rook.io/docs/rook/latest/CRDs/Cluster/ceph-cluster-crd/).
export const ROOK_NAMESPACE = "rook-ceph";
export const CEPH_CLUSTER_NAME = "rook-ceph";
const CEPH_IMAGE = "quay.io/ceph/ceph:v19.2.3";

export type CephBackend = Extract<StorageBackend, { type: "ceph" }>;

export function cephBackends(design: Design): CephBackend[] {
  return design.storage.backends.filter((backend): backend is CephBackend => backend.type === "ceph");
}

/** RBD images cannot keep their metadata on an erasure-coded pool; it goes to a replicated pool beside it (Rook storageclass-ec.yaml). */
export function metadataPoolName(backend: CephBackend): string {
  return boundedName([backend.name, "metadata"]);
}

function storagePools(design: Design) {
  return design.nodePools.filter((pool) => pool.role === "storage");
}

/**
 * Monitors: 3 tolerate one failure; 5 tolerate two and suit large clusters (Ceph "Monitor Config
 * Reference", https://docs.ceph.com/en/latest/rados/configuration/mon-config-ref/). Five only when
 * five racks hold storage nodes, so that each monitor can sit in its own rack.
 */
export function monitorCount(design: Design): 3 | 5 {
  const names = new Set(storagePools(design).map((pool) => pool.name));
  const storageRacks = design.racks.filter((group) => group.placements.some((p) => names.has(p.pool))).reduce((sum, group) => sum + group.count, 0);
  return storageRacks >= 5 ? 5 : 3;
}

function cephCluster(design: Design): K8sObject {
  const pools = storagePools(design);
  const tolerations = pools.flatMap((pool) =>
    pool.taints.map((taint) => (taint.value === "" ? { key: taint.key, operator: "Exists", effect: taint.effect } : { key: taint.key, operator: "Equal", value: taint.value, effect: taint.effect })),
  );
  const placement =
    pools.length > 0
      ? {
          all: {
            nodeAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: {
                nodeSelectorTerms: [{ matchExpressions: [{ key: NODE_POOL_LABEL, operator: "In", values: pools.map((pool) => pool.name) }] }],
              },
            },
            ...(tolerations.length > 0 ? { tolerations } : {}),
          },
        }
      : undefined;
  return {
    apiVersion: "ceph.rook.io/v1",
    kind: "CephCluster",
    metadata: metadata(CEPH_CLUSTER_NAME, ROOK_NAMESPACE),
    spec: {
      cephVersion: { image: CEPH_IMAGE },
      dataDirHostPath: "/var/lib/rook",
      mon: { count: monitorCount(design), allowMultiplePerNode: false },
      mgr: { count: 2, allowMultiplePerNode: false },
      dashboard: { enabled: true, ssl: true },
      // Exposes the ceph_* metrics the capacity alerts of monitoring/ read (needs the Prometheus Operator).
      monitoring: { enabled: true },
      ...(placement ? { placement } : {}),
      storage: {
        // OSDs on every device of the nodes the placement above allows; Ceph detects each device's class (hdd, ssd, nvme).
        useAllNodes: true,
        useAllDevices: true,
        nearFullRatio: design.storage.nearfullRatio,
        fullRatio: design.storage.fullRatio,
      },
    },
  };
}

function blockPool(name: string, spec: Record<string, unknown>): K8sObject {
  return { apiVersion: "ceph.rook.io/v1", kind: "CephBlockPool", metadata: metadata(name, ROOK_NAMESPACE), spec };
}

/**
 * A pool per Ceph backend: replicated (size, min_size follows Ceph) or erasure-coded (k data + m
 * coding chunks), the failure domain and device class of the backend, and the placement-group count
 * the planner computed, set through pool parameters with the autoscaler left to warn only
 * (https://docs.ceph.com/en/latest/rados/operations/placement-groups/).
 */
function blockPools(design: Design, plan: BundlePlan): K8sObject[] {
  return cephBackends(design).flatMap((backend) => {
    const common = { failureDomain: backend.failureDomain, deviceClass: backend.deviceClass, enableRBDStats: true };
    const pgCount = pgCountOf(plan, backend.name);
    const parameters = pgCount === undefined ? {} : { parameters: { pg_num: String(pgCount), pg_autoscale_mode: "warn" } };
    if (backend.protection.kind === "replicated") {
      return [blockPool(backend.name, { ...common, replicated: { size: backend.protection.size, requireSafeReplicaSize: backend.protection.size > 1 }, ...parameters })];
    }
    return [
      blockPool(metadataPoolName(backend), { ...common, replicated: { size: 3, requireSafeReplicaSize: true } }),
      blockPool(backend.name, { ...common, erasureCoded: { dataChunks: backend.protection.dataChunks, codingChunks: backend.protection.codingChunks }, ...parameters }),
    ];
  });
}

export function renderCeph(design: Design, plan: BundlePlan): Rendered {
  const backends = cephBackends(design);
  if (backends.length === 0) return { groups: [] };
  const notes: string[] = [];
  if (backends.some((backend) => backend.failureDomain === "rack")) {
    notes.push(`Ceph pools fail over racks: label every storage node \`${ROOK_RACK_LABEL}=<rack group>-<n>\` so that Rook builds the CRUSH rack buckets.`);
  }
  const missing = backends.filter((backend) => pgCountOf(plan, backend.name) === undefined).map((backend) => backend.name);
  if (missing.length > 0) notes.push(`The plan has no placement-group count for ${missing.join(", ")}: Ceph's autoscaler chooses it.`);
  return {
    groups: [
      { path: "storage/ceph-cluster.yaml", description: `The Rook CephCluster (${monitorCount(design)} monitors, OSDs on the storage node pools).`, objects: [cephCluster(design)] },
      { path: "storage/ceph-blockpools.yaml", description: "Rook CephBlockPools, one per Ceph backend (replication or erasure coding, failure domain, device class, PG count).", objects: blockPools(design, plan) },
    ],
    notes,
  };
}
