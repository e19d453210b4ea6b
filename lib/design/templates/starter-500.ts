import type { DesignInput } from "../schema";

/**
 * A small, healthy cluster of 500 nodes: 11 compute racks of 40 workers and 3 infrastructure racks
 * (1 control-plane, 6 storage and 13 workers each): 479 workers, 18 storage, 3 control plane.
 * Two leaves per rack (48 x 25G down, 6 x 100G up) and 4 spines of 64 x 100G.
 */
export const starter500: DesignInput = {
  schemaVersion: 1,
  cluster: {
    name: "starter-500",
    kubernetesVersion: "1.31",
    targetNodes: 500,
    maxPodsPerNode: 110,
    ipFamilies: "ipv4",
    traffic: { baselineGbpsPerNode: 1, eastWestShare: 0.7, peakFactor: 2 },
    latencyTargetUs: 50,
    growthHeadroom: 0.25,
  },
  fabric: {
    spine: { model: "spine-64x100g", ports: 64, portSpeedGbps: 100, count: 4, latencyUs: 1 },
    leaf: { model: "leaf-48x25g-6x100g", downlinkPorts: 48, downlinkSpeedGbps: 25, uplinkPorts: 6, uplinkSpeedGbps: 100, routeTableCapacity: 32_000, latencyUs: 1 },
    linksPerLeafPerSpine: 1,
    oversubscriptionTarget: 3,
    bgp: { mode: "tor", asnBase: 65_101, asnPerRack: true, spineAsn: 65_100, routeReflectors: 0 },
    mtu: 9000,
  },
  racks: [
    { name: "compute", count: 11, leavesPerRack: 2, placements: [{ pool: "worker", nodesPerRack: 40 }] },
    {
      name: "infra",
      count: 3,
      leavesPerRack: 2,
      placements: [
        { pool: "control-plane", nodesPerRack: 1 },
        { pool: "storage", nodesPerRack: 6 },
        { pool: "worker", nodesPerRack: 13 },
      ],
    },
  ],
  nodePools: [
    {
      name: "control-plane",
      role: "control-plane",
      nics: { count: 2, speedGbps: 25 },
      cpuCores: 16,
      memoryGiB: 128,
      labels: { "node-role.kubernetes.io/control-plane": "" },
      taints: [{ key: "node-role.kubernetes.io/control-plane", value: "", effect: "NoSchedule" }],
    },
    { name: "worker", role: "worker", nics: { count: 2, speedGbps: 25 }, cpuCores: 48, memoryGiB: 384, labels: { "blueprint.io/role": "worker" } },
    {
      name: "storage",
      role: "storage",
      nics: { count: 2, speedGbps: 25 },
      cpuCores: 24,
      memoryGiB: 256,
      disks: [
        { type: "ssd", count: 8, sizeTB: 3.84 },
        { type: "hdd", count: 6, sizeTB: 8 },
      ],
      labels: { "blueprint.io/role": "storage" },
    },
  ],
  network: {
    overlay: "calico-bgp",
    kubeProxy: { mode: "ipvs", ipvsScheduler: "rr" },
    serviceMesh: { type: "none", mtls: "strict" },
    loadBalancer: { type: "metallb", addressRange: "10.40.0.0/24" },
    expectedServices: 2000,
  },
  ipPlan: {
    nodeNetworks: [{ scope: "rack", name: "rack-nodes", cidr: "10.30.0.0/20", subnetPrefix: 26 }],
    podPools: [
      { name: "workers", cidr: "10.16.0.0/15", blockSize: 26, nodePools: ["worker"] },
      { name: "infra", cidr: "10.20.0.0/20", blockSize: 26, nodePools: ["control-plane", "storage"] },
    ],
    serviceCidr: "10.96.0.0/16",
    external: [{ name: "office", cidr: "192.168.0.0/16" }],
  },
  zones: [
    { name: "frontend", namespaces: ["web"], pool: "workers", ingressFromOutside: [{ protocol: "TCP", port: 443 }] },
    { name: "backend", namespaces: ["api"], pool: "workers" },
  ],
  flows: [{ from: "frontend", to: "backend", ports: [{ protocol: "TCP", port: 8080 }] }],
  storage: {
    backends: [
      { name: "ceph-ssd", type: "ceph", protection: { kind: "replicated", size: 3 }, failureDomain: "host", deviceClass: "ssd" },
      { name: "ceph-hdd", type: "ceph", protection: { kind: "replicated", size: 3 }, failureDomain: "host", deviceClass: "hdd" },
    ],
    classes: [
      { name: "fast-ssd", backend: "ceph-ssd", isDefault: true, expectedDataTB: 50, growthTBPerMonth: 2 },
      { name: "standard-hdd", backend: "ceph-hdd", reclaimPolicy: "Retain", expectedDataTB: 100, growthTBPerMonth: 5 },
    ],
  },
  backup: {
    provider: "aws",
    bucket: "starter-velero",
    bandwidthGbps: 10,
    dailyChangeRate: 0.05,
    schedules: [{ name: "daily", cron: "0 1 * * *", includedNamespaces: ["web", "api"], retentionDays: 30, protectedDataTB: 40, windowHours: 6 }],
    restoreTests: [{ schedule: "daily", cron: "0 6 * * 6" }],
  },
};
