import type { Design } from "../design";
import { report } from "./catalogue";
import type { FabricMetrics } from "./fabric";
import type { Inventory } from "./inventory";
import type { IpMetrics } from "./ip";
import type { ConcernResult, Finding } from "./types";

/**
 * Kubernetes is tested up to 5,000 nodes, 110 pods per node, 150,000 pods in all
 * (https://kubernetes.io/docs/setup/best-practices/cluster-large/) and 10,000 services
 * (sig-scalability thresholds). Containers (300,000) are not in the design document, so they are
 * not counted here.
 */
export const kubernetesLimits = { nodes: 5000, podsPerNode: 110, pods: 150_000, services: 10_000 } as const;

export type ScaleCount = { name: keyof typeof kubernetesLimits; count: number; limit: number; share: number };

/** A limit that a growing node count reaches: `atNodes` is the first node count beyond it. */
export type GrowthLimit = { concern: "scale" | "ip" | "fabric"; limit: string; atNodes: number };

export type GrowthPoint = {
  factor: number;
  nodes: number;
  pods: number;
  leaves: number;
  maxBlockUtilization: number;
  spinePortsNeeded: number;
  routesPerLeaf: number;
  /** Limits already passed at this size. */
  limitsHit: string[];
};

export type ScaleMetrics = {
  counts: ScaleCount[];
  limits: GrowthLimit[];
  /** The first limit each concern hits as the node pools grow (concerns with no node-bound limit are absent). */
  firstLimits: GrowthLimit[];
};

export type GrowthSeries = { points: GrowthPoint[]; firstLimits: GrowthLimit[] };

/** A quantity that grows linearly with the node count: value(f) = perFactor x f + fixed. */
type Linear = { concern: GrowthLimit["concern"]; limit: string; perFactor: number; fixed: number; capacity: number };

/**
 * Growth multiplies every rack group's rack count by the same factor, so nodes, leaves, blocks and
 * rack subnets all grow linearly; each limit is passed at f = (capacity - fixed) / perFactor.
 */
function linearLimits(design: Design, inventory: Inventory, ip: IpMetrics, fabric: FabricMetrics): Linear[] {
  const nodes = inventory.totalNodes;
  const limits: Linear[] = [
    { concern: "scale", limit: "nodes", perFactor: nodes, fixed: 0, capacity: kubernetesLimits.nodes },
    { concern: "scale", limit: "pods", perFactor: nodes * design.cluster.maxPodsPerNode, fixed: 0, capacity: kubernetesLimits.pods },
  ];
  for (const pool of ip.pools) {
    if (!pool.disabled) limits.push({ concern: "ip", limit: `blocks of pod pool "${pool.name}"`, perFactor: pool.blocksNeeded, fixed: 0, capacity: pool.blocks });
  }
  for (const network of ip.nodeNetworks) {
    if (network.scope === "rack") limits.push({ concern: "ip", limit: `subnets of node network "${network.name}"`, perFactor: network.subnetsNeeded, fixed: 0, capacity: network.subnets });
  }
  const links = design.fabric.linksPerLeafPerSpine;
  if (design.fabric.superSpine) {
    limits.push({ concern: "fabric", limit: "super-spine ports", perFactor: fabric.superSpinePortsNeeded, fixed: 0, capacity: fabric.superSpinePortsAvailable });
  } else {
    limits.push({ concern: "fabric", limit: "spine ports", perFactor: fabric.leafCount * links, fixed: 0, capacity: fabric.spinePortsAvailable });
  }
  const growing = growingRoutes(design, ip);
  limits.push({ concern: "fabric", limit: "leaf route table", perFactor: growing, fixed: fabric.routesPerLeaf - growing, capacity: fabric.routeTableCapacity });
  if (design.network.overlay.startsWith("calico") && design.fabric.bgp.mode === "full-mesh") {
    // Calico's node-to-node mesh: about 100 nodes (https://docs.tigera.io/calico/latest/networking/configuring/bgp).
    limits.push({ concern: "fabric", limit: "BGP full mesh", perFactor: nodes, fixed: 0, capacity: 100 });
  }
  return limits;
}

/** Routes that grow with the racks: pod blocks (when the fabric routes them) and node subnets. */
function growingRoutes(design: Design, ip: IpMetrics): number {
  const routedPods = design.network.overlay === "calico-bgp" || design.network.overlay === "cilium-native";
  return (routedPods ? ip.blocksInUse : 0) + ip.nodeSubnets;
}

function atNodes(limit: Linear, nodes: number): number | undefined {
  if (limit.perFactor <= 0 || nodes === 0) return undefined;
  return Math.floor((nodes * (limit.capacity - limit.fixed)) / limit.perFactor) + 1;
}

const growthFactors = Array.from({ length: 19 }, (_, i) => 1 + i / 2); // 1x, 1.5x, ... 10x

export function planScale(design: Design, inventory: Inventory, ip: IpMetrics, fabric: FabricMetrics): ConcernResult<ScaleMetrics> & { growth: GrowthSeries } {
  const nodes = inventory.totalNodes;
  const counts: ScaleCount[] = [
    { name: "nodes", count: nodes, limit: kubernetesLimits.nodes },
    { name: "podsPerNode", count: design.cluster.maxPodsPerNode, limit: kubernetesLimits.podsPerNode },
    { name: "pods", count: nodes * design.cluster.maxPodsPerNode, limit: kubernetesLimits.pods },
    { name: "services", count: design.network.expectedServices, limit: kubernetesLimits.services },
  ].map((c) => ({ ...c, name: c.name as ScaleCount["name"], share: c.count / c.limit }));

  const paths: Record<ScaleCount["name"], string> = { nodes: "/racks", podsPerNode: "/cluster/maxPodsPerNode", pods: "/cluster/maxPodsPerNode", services: "/network/expectedServices" };
  const remedies: Record<ScaleCount["name"], string> = {
    nodes: "Split the workload over several clusters of at most 5,000 nodes, or plan for the extra control-plane tuning such a cluster needs.",
    podsPerNode: "Set cluster.maxPodsPerNode to 110 or less.",
    pods: "Lower cluster.maxPodsPerNode so that nodes x pods stays at or below 150,000, or split the cluster.",
    services: "Keep services at or below 10,000, or split the cluster.",
  };
  const what: Record<ScaleCount["name"], string> = { nodes: "Nodes", podsPerNode: "Pods per node", pods: "Pods when every node is full", services: "Expected services" };
  const findings: Finding[] = counts
    .filter((c) => c.count > c.limit)
    .map((c) => report("scale.k8s-limit", paths[c.name], { what: what[c.name], count: c.count, limit: c.limit, remedy: remedies[c.name] }));

  const linear = linearLimits(design, inventory, ip, fabric);
  const limits = linear.flatMap((l): GrowthLimit[] => {
    const at = atNodes(l, nodes);
    return at === undefined ? [] : [{ concern: l.concern, limit: l.limit, atNodes: at }];
  });
  const firstLimits = (["scale", "ip", "fabric"] as const).flatMap((concern) => {
    const first = limits.filter((l) => l.concern === concern).sort((a, b) => a.atNodes - b.atNodes)[0];
    return first ? [first] : [];
  });

  const growing = growingRoutes(design, ip);
  const maxUtilization = ip.pools.reduce((max, p) => Math.max(max, p.disabled ? 0 : p.blockUtilization), 0);
  const points = growthFactors.map((factor): GrowthPoint => {
    const grown = Math.round(nodes * factor);
    return {
      factor,
      nodes: grown,
      pods: grown * design.cluster.maxPodsPerNode,
      leaves: Math.round(fabric.leafCount * factor),
      maxBlockUtilization: maxUtilization * factor,
      spinePortsNeeded: Math.round(fabric.leafCount * factor) * design.fabric.linksPerLeafPerSpine,
      routesPerLeaf: Math.round(growing * factor) + fabric.routesPerLeaf - growing,
      limitsHit: limits.filter((l) => l.atNodes <= grown).map((l) => l.limit),
    };
  });

  return { metrics: { counts, limits, firstLimits }, findings, growth: { points, firstLimits } };
}
