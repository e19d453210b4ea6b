import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/design";
import { renderBundle } from "./bundle";
import { byName, fileOf, objectsOf } from "./testing/bundle";
import { variantDesigns } from "./testing/designs";
import { planOf } from "./testing/plan";

const reference = getTemplate("reference-5000");
const referencePlan = planOf(reference);
const files = renderBundle(reference, referencePlan);
const pgCountIn = (plan: ReturnType<typeof planOf>, backend: string) => String(plan.metrics.storage.pools.find((pool) => pool.backend === backend)?.pgCount);
const rbdSecrets = {
  "csi.storage.k8s.io/provisioner-secret-name": "rook-csi-rbd-provisioner",
  "csi.storage.k8s.io/provisioner-secret-namespace": "rook-ceph",
  "csi.storage.k8s.io/controller-expand-secret-name": "rook-csi-rbd-provisioner",
  "csi.storage.k8s.io/controller-expand-secret-namespace": "rook-ceph",
  "csi.storage.k8s.io/node-stage-secret-name": "rook-csi-rbd-node",
  "csi.storage.k8s.io/node-stage-secret-namespace": "rook-ceph",
};

describe("Rook CephCluster", () => {
  const cluster = objectsOf(files, "storage/ceph-cluster.yaml")[0]!;
  const spec = cluster.spec as { mon: unknown; placement: { all: unknown }; storage: unknown };

  it("runs five monitors when five or more racks hold storage nodes, three otherwise", () => {
    // Reference: 6 storage racks. Starter: 3 infra racks hold its storage nodes.
    expect(spec.mon).toEqual({ count: 5, allowMultiplePerNode: false });
    const starter = getTemplate("starter-500");
    expect((objectsOf(renderBundle(starter, planOf(starter)), "storage/ceph-cluster.yaml")[0]!.spec as { mon: unknown }).mon).toEqual({ count: 3, allowMultiplePerNode: false });
  });

  it("places Ceph on the storage node pool, tolerating its taint, with the design's fill ratios", () => {
    expect(spec.placement.all).toEqual({
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: "blueprint.io/pool", operator: "In", values: ["storage"] }] }] } },
      tolerations: [{ key: "blueprint.io/storage", operator: "Equal", value: "true", effect: "NoSchedule" }],
    });
    expect(spec.storage).toEqual({ useAllNodes: true, useAllDevices: true, nearFullRatio: 0.85, fullRatio: 0.95 });
  });
});

describe("CephBlockPools", () => {
  it("replicates each reference tier 3 times across racks on its device class, with the plan's PG count", () => {
    const pools = objectsOf(files, "storage/ceph-blockpools.yaml");
    expect(pgCountIn(referencePlan, "ceph-nvme")).toMatch(/^[1-9]\d*$/);
    expect(pools.map((pool) => pool.metadata.name)).toEqual(["ceph-nvme", "ceph-hdd"]);
    expect(byName(pools, "ceph-nvme").spec).toEqual({
      failureDomain: "rack",
      deviceClass: "nvme",
      enableRBDStats: true,
      replicated: { size: 3, requireSafeReplicaSize: true },
      parameters: { pg_num: pgCountIn(referencePlan, "ceph-nvme"), pg_autoscale_mode: "warn" },
    });
    expect(byName(pools, "ceph-hdd").spec).toMatchObject({ deviceClass: "hdd", failureDomain: "rack" });
  });

  it("leaves the PG count to Ceph when the plan has none, and says so", () => {
    const bundle = renderBundle(reference, { ...referencePlan, metrics: { storage: { pools: [] } } });
    expect(byName(objectsOf(bundle, "storage/ceph-blockpools.yaml"), "ceph-nvme").spec).not.toHaveProperty("parameters");
    expect(fileOf(bundle, "README.md")).toContain("The plan has no placement-group count for ceph-nvme, ceph-hdd");
  });

  it("puts an erasure-coded tier's RBD metadata on a replicated pool beside it", () => {
    const design = variantDesigns()["ipip-linkerd-ec-gluster"]!;
    const plan = planOf(design);
    const bundle = renderBundle(design, plan);
    expect(objectsOf(bundle, "storage/ceph-blockpools.yaml").map((pool) => [pool.metadata.name, pool.spec])).toEqual([
      ["ceph-ec-metadata", { failureDomain: "host", deviceClass: "hdd", enableRBDStats: true, replicated: { size: 3, requireSafeReplicaSize: true } }],
      ["ceph-ec", { failureDomain: "host", deviceClass: "hdd", enableRBDStats: true, erasureCoded: { dataChunks: 4, codingChunks: 2 }, parameters: { pg_num: pgCountIn(plan, "ceph-ec"), pg_autoscale_mode: "warn" } }],
    ]);
    expect(byName(objectsOf(bundle, "storage/storageclasses.yaml"), "archive")).toMatchObject({
      provisioner: "rook-ceph.rbd.csi.ceph.com",
      parameters: { pool: "ceph-ec-metadata", dataPool: "ceph-ec" },
      metadata: { annotations: { "storageclass.kubernetes.io/is-default-class": "true" } },
    });
  });
});

describe("StorageClasses", () => {
  const classes = objectsOf(files, "storage/storageclasses.yaml");

  it("serves fast-ssd from the NVMe pool through Rook's RBD driver, as the default class", () => {
    const { apiVersion, kind, metadata, ...rest } = byName(classes, "fast-ssd");
    expect([apiVersion, kind, metadata.annotations]).toEqual(["storage.k8s.io/v1", "StorageClass", { "storageclass.kubernetes.io/is-default-class": "true" }]);
    expect(rest).toEqual({
      provisioner: "rook-ceph.rbd.csi.ceph.com",
      parameters: { clusterID: "rook-ceph", pool: "ceph-nvme", imageFormat: "2", imageFeatures: "layering", "csi.storage.k8s.io/fstype": "ext4", ...rbdSecrets },
      reclaimPolicy: "Delete",
      allowVolumeExpansion: true,
      volumeBindingMode: "Immediate",
    });
  });

  it("keeps standard-hdd volumes on release and mounts cloud-oss through its CSI driver", () => {
    expect(byName(classes, "standard-hdd")).toMatchObject({ reclaimPolicy: "Retain", parameters: { pool: "ceph-hdd" } });
    expect(byName(classes, "standard-hdd").metadata).not.toHaveProperty("annotations");
    expect(byName(classes, "cloud-oss")).toMatchObject({
      provisioner: "ossplugin.csi.alibabacloud.com",
      parameters: { bucket: "blueprint-reference-data" },
      reclaimPolicy: "Retain",
      allowVolumeExpansion: false,
    });
  });

  it("serves GlusterFS classes through the Kadalu CSI driver", () => {
    const design = variantDesigns()["ipip-linkerd-ec-gluster"]!;
    expect(byName(objectsOf(renderBundle(design, planOf(design)), "storage/storageclasses.yaml"), "shared")).toMatchObject({
      provisioner: "kadalu",
      parameters: { storage_name: "gluster" },
      volumeBindingMode: "WaitForFirstConsumer",
    });
  });
});
