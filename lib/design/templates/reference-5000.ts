import type { DesignInput } from "../schema";

/**
 * The 5,000-node reference cluster of shared/design.md: 125 racks of 40 nodes, two leaves per rack
 * with every node dual-homed (2 x 25 GbE), leaves of 48 x 25G down and 8 x 100G up, 8 spines of
 * 256 x 100G with one link from every leaf to every spine, Calico BGP without encapsulation peering
 * with the ToR (one AS per rack), three /16 pod pools with /26 blocks, kube-proxy in IPVS mode,
 * Ceph RBD 3x replicated on NVMe and HDD, Velero daily schedules and the 80% pool-usage alert.
 *
 * Racks: 113 compute racks (40 workers), 6 storage racks (20 storage + 20 workers), 5 dedicated
 * racks (40 dedicated) and 1 control rack (5 control-plane + 35 workers):
 * workers 4,520 + 120 + 35 = 4,675; storage 120; dedicated 200; control plane 5; 5,000 in all.
 */
export const reference5000: DesignInput = {
  schemaVersion: 1,
  cluster: {
    name: "reference-5000",
    kubernetesVersion: "1.31",
    targetNodes: 5000,
    maxPodsPerNode: 110,
    ipFamilies: "ipv4",
    traffic: { baselineGbpsPerNode: 1, eastWestShare: 0.7, peakFactor: 2 },
    latencyTargetUs: 50,
    growthHeadroom: 0.25,
  },
  fabric: {
    spine: { model: "spine-256x100g", ports: 256, portSpeedGbps: 100, count: 8, latencyUs: 1 },
    leaf: {
      model: "leaf-48x25g-8x100g",
      downlinkPorts: 48,
      downlinkSpeedGbps: 25,
      uplinkPorts: 8,
      uplinkSpeedGbps: 100,
      routeTableCapacity: 128_000,
      latencyUs: 1,
    },
    linksPerLeafPerSpine: 1,
    oversubscriptionTarget: 3,
    bgp: { mode: "tor", asnBase: 65_001, asnPerRack: true, spineAsn: 65_000, routeReflectors: 0 },
    mtu: 9000,
  },
  racks: [
    { name: "compute", count: 113, leavesPerRack: 2, placements: [{ pool: "worker", nodesPerRack: 40 }], failureDomain: { zone: "dc1" } },
    {
      name: "storage",
      count: 6,
      leavesPerRack: 2,
      placements: [
        { pool: "storage", nodesPerRack: 20 },
        { pool: "worker", nodesPerRack: 20 },
      ],
      failureDomain: { zone: "dc1" },
    },
    { name: "dedicated", count: 5, leavesPerRack: 2, placements: [{ pool: "dedicated", nodesPerRack: 40 }], failureDomain: { zone: "dc1" } },
    {
      name: "control",
      count: 1,
      leavesPerRack: 2,
      placements: [
        { pool: "control-plane", nodesPerRack: 5 },
        { pool: "worker", nodesPerRack: 35 },
      ],
      failureDomain: { zone: "dc1" },
    },
  ],
  nodePools: [
    {
      name: "control-plane",
      role: "control-plane",
      nics: { count: 2, speedGbps: 25 },
      cpuCores: 32,
      memoryGiB: 256,
      disks: [{ type: "nvme", count: 2, sizeTB: 1.92 }],
      labels: { "node-role.kubernetes.io/control-plane": "" },
      taints: [{ key: "node-role.kubernetes.io/control-plane", value: "", effect: "NoSchedule" }],
    },
    {
      name: "worker",
      role: "worker",
      nics: { count: 2, speedGbps: 25 },
      cpuCores: 64,
      memoryGiB: 512,
      disks: [{ type: "nvme", count: 2, sizeTB: 3.84 }],
      labels: { "blueprint.io/role": "worker" },
    },
    {
      name: "storage",
      role: "storage",
      nics: { count: 2, speedGbps: 25 },
      cpuCores: 32,
      memoryGiB: 384,
      disks: [
        { type: "hdd", count: 12, sizeTB: 8 },
        { type: "nvme", count: 4, sizeTB: 3.84 },
      ],
      labels: { "blueprint.io/role": "storage" },
      taints: [{ key: "blueprint.io/storage", value: "true", effect: "NoSchedule" }],
    },
    {
      name: "dedicated",
      role: "dedicated",
      nics: { count: 2, speedGbps: 25 },
      cpuCores: 96,
      memoryGiB: 768,
      disks: [{ type: "nvme", count: 2, sizeTB: 3.84 }],
      labels: { "blueprint.io/role": "dedicated" },
      taints: [{ key: "blueprint.io/dedicated", value: "true", effect: "NoSchedule" }],
    },
  ],
  network: {
    overlay: "calico-bgp",
    wireguard: false,
    kubeProxy: { mode: "ipvs", ipvsScheduler: "rr" },
    serviceMesh: { type: "istio", mtls: "strict" },
    loadBalancer: { type: "haproxy", addressRange: "10.250.0.0/20" },
    expectedServices: 10_000,
  },
  ipPlan: {
    nodeNetworks: [
      { scope: "rack", name: "rack-nodes", cidr: "10.254.0.0/16", subnetPrefix: 26, rackGroups: [], gatewaysPerSubnet: 3, spareShare: 0.1 },
    ],
    podPools: [
      { name: "control-plane", cidr: "10.0.0.0/16", blockSize: 26, nodePools: ["control-plane", "storage"], encapsulation: "none", natOutgoing: true, disabled: false },
      { name: "workers", cidr: "10.1.0.0/16", blockSize: 26, nodePools: ["worker"], encapsulation: "none", natOutgoing: true, disabled: false },
      { name: "dedicated", cidr: "10.2.0.0/16", blockSize: 26, nodePools: ["dedicated"], encapsulation: "none", natOutgoing: true, disabled: false },
    ],
    serviceCidr: "10.96.0.0/12",
    reserved: [{ name: "worker-vips", cidr: "10.1.255.0/24" }],
    external: [
      { name: "datacenter-management", cidr: "172.16.0.0/12" },
      { name: "corporate-vpn", cidr: "192.168.0.0/16" },
    ],
    usageAlertThreshold: 0.8,
  },
  zones: [
    { name: "ingress", namespaces: ["ingress"], pool: "workers", ingressFromOutside: [{ protocol: "TCP", port: 443 }, { protocol: "TCP", port: 80 }] },
    { name: "frontend", namespaces: ["web"], pool: "workers" },
    { name: "backend", namespaces: ["api"], pool: "workers" },
    { name: "data", namespaces: ["databases"], pool: "dedicated" },
    { name: "platform", namespaces: ["monitoring", "logging"], pool: "control-plane" },
  ],
  flows: [
    { from: "ingress", to: "frontend", ports: [{ protocol: "TCP", port: 8080 }] },
    { from: "frontend", to: "backend", ports: [{ protocol: "TCP", port: 8443 }] },
    { from: "backend", to: "data", ports: [{ protocol: "TCP", port: 5432 }, { protocol: "TCP", port: 6379 }] },
    { from: "platform", to: "ingress", ports: [{ protocol: "TCP", port: 9090 }] },
    { from: "platform", to: "frontend", ports: [{ protocol: "TCP", port: 9090 }] },
    { from: "platform", to: "backend", ports: [{ protocol: "TCP", port: 9090 }] },
    { from: "platform", to: "data", ports: [{ protocol: "TCP", port: 9187 }] },
    { from: "backend", to: "platform", ports: [{ protocol: "TCP", port: 4317 }] },
  ],
  storage: {
    backends: [
      { name: "ceph-nvme", type: "ceph", protection: { kind: "replicated", size: 3 }, failureDomain: "rack", deviceClass: "nvme" },
      { name: "ceph-hdd", type: "ceph", protection: { kind: "replicated", size: 3 }, failureDomain: "rack", deviceClass: "hdd" },
      { name: "cloud-oss", type: "object", provider: "alibaba", csiDriver: "ossplugin.csi.alibabacloud.com", bucket: "blueprint-reference-data" },
    ],
    classes: [
      { name: "fast-ssd", backend: "ceph-nvme", reclaimPolicy: "Delete", allowVolumeExpansion: true, isDefault: true, expectedDataTB: 200, growthTBPerMonth: 10 },
      { name: "standard-hdd", backend: "ceph-hdd", reclaimPolicy: "Retain", allowVolumeExpansion: true, isDefault: false, expectedDataTB: 1500, growthTBPerMonth: 50 },
      { name: "cloud-oss", backend: "cloud-oss", reclaimPolicy: "Retain", allowVolumeExpansion: false, isDefault: false, expectedDataTB: 500, growthTBPerMonth: 20 },
    ],
    nearfullRatio: 0.85,
    fullRatio: 0.95,
  },
  backup: {
    provider: "aws",
    bucket: "blueprint-reference-velero",
    region: "us-east-1",
    bandwidthGbps: 10,
    dailyChangeRate: 0.05,
    schedules: [
      { name: "daily-apps", cron: "0 1 * * *", includedNamespaces: ["ingress", "web", "api"], retentionDays: 30, protectedDataTB: 20, snapshotVolumes: true, windowHours: 6 },
      { name: "daily-data", cron: "0 2 * * *", includedNamespaces: ["databases"], retentionDays: 14, protectedDataTB: 200, snapshotVolumes: true, windowHours: 6 },
    ],
    restoreTests: [
      { schedule: "daily-apps", cron: "0 6 * * 6" },
      { schedule: "daily-data", cron: "0 8 * * 6" },
    ],
  },
  canvas: { positions: {}, expanded: [] },
};
