import type { DesignInput } from "../schema";

/**
 * A healthy design of about `nodes` nodes, for benchmarks and scale tests: the reference design's
 * building blocks repeated. Compute racks come in rack groups of 5 racks x 40 workers (200 nodes),
 * each group with its own node pool and /16 pod pool (10.<group>.0.0/16, /26 blocks: 400 of 1,024
 * blocks used), so that rack groups, node pools and pod pools all grow with the node count.
 * Storage racks (20 storage nodes each) grow by one per 5,000 nodes, at least 3 for 3x replication
 * across racks. Past 256 leaves, a super-spine tier joins pods of 128 leaves (spines give half their
 * ports to leaves, half to the super-spines). Pure: the same `nodes` gives the same document.
 */
export const maxComputeGroups = 250;
const nodesPerRack = 40;
const racksPerGroup = 5;

export function generateDesign({ nodes }: { nodes: number }): DesignInput {
  if (!Number.isInteger(nodes) || nodes < 1) throw new RangeError(`nodes must be a positive integer, got ${nodes}`);
  const storageRacks = Math.max(3, Math.ceil(nodes / 5000));
  const controlPlane = 3;
  const computeNodes = Math.max(1, nodes - controlPlane - storageRacks * 20);
  const fullGroups = Math.floor(computeNodes / (racksPerGroup * nodesPerRack));
  const lastRacks = Math.ceil((computeNodes - fullGroups * racksPerGroup * nodesPerRack) / nodesPerRack);
  const groups = Array.from({ length: fullGroups + (lastRacks > 0 ? 1 : 0) }, (_, i) => ({ name: `compute-${String(i).padStart(3, "0")}`, count: i < fullGroups ? racksPerGroup : lastRacks }));
  if (groups.length > maxComputeGroups) throw new RangeError(`at most ${maxComputeGroups * racksPerGroup * nodesPerRack} compute nodes fit the generated address plan, got ${computeNodes}`);

  const racks = 1 + storageRacks + groups.reduce((sum, g) => sum + g.count, 0);
  const leaves = racks * 2;
  const spineCount = 8;
  const spinePorts = 256;
  const pods = Math.ceil(leaves / (spinePorts / 2));
  const totalNodes = controlPlane + storageRacks * 20 + groups.reduce((sum, g) => sum + g.count * nodesPerRack, 0);
  const dataTB = Math.round(totalNodes * 0.05);

  return {
    schemaVersion: 1,
    cluster: { name: `generated-${nodes}`, targetNodes: totalNodes, maxPodsPerNode: 110, ipFamilies: "ipv4", growthHeadroom: 0.25 },
    fabric: {
      spine: { model: "spine-256x100g", ports: spinePorts, portSpeedGbps: 100, count: spineCount },
      leaf: { model: "leaf-48x25g-8x100g", downlinkPorts: 48, downlinkSpeedGbps: 25, uplinkPorts: 8, uplinkSpeedGbps: 100, routeTableCapacity: 128_000 },
      linksPerLeafPerSpine: 1,
      ...(leaves > spinePorts ? { superSpine: { model: "super-spine-256x100g", ports: 256, portSpeedGbps: 100, count: Math.ceil((pods * spineCount * (spinePorts / 2)) / 256) } } : {}),
      bgp: { mode: "tor" },
    },
    racks: [
      { name: "control", count: 1, placements: [{ pool: "control-plane", nodesPerRack: controlPlane }] },
      { name: "storage", count: storageRacks, placements: [{ pool: "storage", nodesPerRack: 20 }] },
      ...groups.map((g) => ({ name: g.name, count: g.count, placements: [{ pool: g.name, nodesPerRack }] })),
    ],
    nodePools: [
      { name: "control-plane", role: "control-plane", nics: { count: 2, speedGbps: 25 } },
      {
        name: "storage",
        role: "storage",
        nics: { count: 2, speedGbps: 25 },
        disks: [
          { type: "hdd", count: 12, sizeTB: 8 },
          { type: "nvme", count: 4, sizeTB: 3.84 },
        ],
      },
      ...groups.map((g) => ({ name: g.name, role: "worker" as const, nics: { count: 2, speedGbps: 25 } })),
    ],
    network: { overlay: "calico-bgp", loadBalancer: { type: "metallb", addressRange: "172.31.0.0/20" }, expectedServices: Math.min(10_000, Math.ceil(totalNodes / 5)) },
    ipPlan: {
      nodeNetworks: [{ scope: "rack", name: "rack-nodes", cidr: "172.16.0.0/14", subnetPrefix: 26 }],
      podPools: [
        { name: "infra", cidr: "10.250.0.0/16", blockSize: 26, nodePools: ["control-plane", "storage"] },
        ...groups.map((g, i) => ({ name: g.name, cidr: `10.${i}.0.0/16`, blockSize: 26, nodePools: [g.name] })),
      ],
      serviceCidr: "192.168.0.0/16",
    },
    zones: [
      { name: "frontend", namespaces: ["web"], pool: "compute-000", ingressFromOutside: [{ protocol: "TCP", port: 443 }] },
      { name: "backend", namespaces: ["api"], pool: "compute-000" },
      { name: "platform", namespaces: ["monitoring"], pool: "infra" },
    ],
    flows: [
      { from: "frontend", to: "backend", ports: [{ protocol: "TCP", port: 8443 }] },
      { from: "backend", to: "platform", ports: [{ protocol: "TCP", port: 4317 }] },
      { from: "platform", to: "backend", ports: [{ protocol: "TCP", port: 9090 }] },
    ],
    storage: {
      backends: [
        { name: "ceph-hdd", type: "ceph", protection: { kind: "replicated", size: 3 }, failureDomain: "rack", deviceClass: "hdd" },
        { name: "ceph-nvme", type: "ceph", protection: { kind: "replicated", size: 3 }, failureDomain: "rack", deviceClass: "nvme" },
      ],
      classes: [
        { name: "standard-hdd", backend: "ceph-hdd", expectedDataTB: dataTB, growthTBPerMonth: Math.round(dataTB / 100) },
        { name: "fast-ssd", backend: "ceph-nvme", isDefault: true, expectedDataTB: Math.round(dataTB / 10), growthTBPerMonth: Math.round(dataTB / 1000) },
      ],
    },
    backup: {
      schedules: [{ name: "daily", cron: "0 1 * * *", includedNamespaces: ["web", "api"], protectedDataTB: Math.round(dataTB / 10), windowHours: 6 }],
      restoreTests: [{ schedule: "daily", cron: "0 6 * * 6" }],
    },
  };
}
