import type { Design } from "../design";
import { report } from "./catalogue";
import { percent } from "./format";
import type { Inventory, RackGroupInventory } from "./inventory";
import type { IpMetrics } from "./ip";
import type { ConcernResult, Finding, Suggestion } from "./types";

export type LeafMetrics = {
  rackGroup: string;
  /** Leaves in the group: racks x leaves per rack. */
  leafCount: number;
  nodesPerLeaf: number;
  /** Sum of the attached node NIC bandwidth of one leaf (each NIC at most the port speed). */
  downlinkGbps: number;
  uplinkGbps: number;
  /** downlinkGbps / uplinkGbps (1 = non-blocking). */
  oversubscription: number;
  /** Peak traffic one leaf sends up: cross-rack east-west plus north-south. */
  demandGbps: number;
  uplinkHeadroomShare: number;
  portsUsed: number;
  portsFree: number;
  uplinksUsed: number;
};

export type FabricMetrics = {
  leaves: LeafMetrics[];
  leafCount: number;
  spineCount: number;
  superSpineCount: number;
  /** Pods of leaves and spines under a super-spine tier (1 for a three-stage fabric). */
  fabricPods: number;
  uplinksPerLeaf: number;
  leafSpineLinkGbps: number;
  aggregateDemandGbps: number;
  aggregateUplinkGbps: number;
  maxOversubscription: number;
  /** Ports each spine needs (leaves of its pod x links, plus super-spine uplinks). */
  spinePortsNeeded: number;
  spinePortsAvailable: number;
  /** Ports each spine gives to the super-spines (half of them in a five-stage fabric, else 0). */
  spineUplinkPorts: number;
  maxLeaves: number;
  superSpineNeeded: boolean;
  superSpinePortsNeeded: number;
  superSpinePortsAvailable: number;
  bisectionGbps: number;
  crossRackDemandGbps: number;
  spineCapacityGbps: number;
  spineHeadroomShare: number;
  overlayOverheadBytes: number;
  effectiveMtuBytes: number;
  goodputShare: number;
  switchHops: number;
  latencyUs: number;
  routesPerLeaf: number;
  routeTableCapacity: number;
  bgpSessionsPerNode: number;
};

/**
 * Encapsulation bytes per packet (Calico MTU guide, https://docs.tigera.io/calico/latest/networking/configuring/mtu):
 * IPv4 IP-in-IP 20, VXLAN 50, WireGuard 60; IPv6 VXLAN 70, WireGuard 80. BGP without
 * encapsulation (calico-bgp, cilium-native) adds nothing.
 */
const overheadBytes = {
  none: { 4: 0, 6: 0 },
  ipip: { 4: 20, 6: 20 },
  vxlan: { 4: 50, 6: 70 },
  wireguard: { 4: 60, 6: 80 },
} as const;

function encapsulationOf(design: Design): "none" | "ipip" | "vxlan" {
  const { overlay } = design.network;
  const kinds = new Set<"none" | "ipip" | "vxlan">([overlay.endsWith("vxlan") ? "vxlan" : overlay === "calico-ipip" ? "ipip" : "none"]);
  for (const pool of design.ipPlan.podPools) {
    if (pool.disabled) continue;
    kinds.add(pool.encapsulation.startsWith("vxlan") ? "vxlan" : pool.encapsulation.startsWith("ipip") ? "ipip" : "none");
  }
  return kinds.has("vxlan") ? "vxlan" : kinds.has("ipip") ? "ipip" : "none";
}

function overlayOverhead(design: Design): number {
  const families: (4 | 6)[] = design.cluster.ipFamilies === "ipv4" ? [4] : design.cluster.ipFamilies === "ipv6" ? [6] : [4, 6];
  const encapsulation = encapsulationOf(design);
  return Math.max(...families.map((f) => overheadBytes[encapsulation][f] + (design.network.wireguard ? overheadBytes.wireguard[f] : 0)));
}

// Ethernet on the wire adds preamble 8 + header 14 + FCS 4 + inter-frame gap 12 = 38 bytes to
// every IP packet (IEEE 802.3); TCP/IP headers take 40 bytes (IPv4) or 60 (IPv6).
const ethernetFramingBytes = 38;

function goodput(design: Design, mtu: number, overhead: number): number {
  const headers = design.cluster.ipFamilies === "ipv4" ? 40 : 60;
  return (mtu - overhead - headers) / (mtu + ethernetFramingBytes);
}

/** Serialisation of one frame on a link, in microseconds: bits / (Gbps x 1,000). */
function serialisationUs(mtu: number, gbps: number): number {
  return (mtu * 8) / (gbps * 1000);
}

type Traffic = { peakGbpsPerNode: number; eastWestShare: number; totalNodes: number };

/**
 * Share of a node's east-west peers outside its rack, peers spread evenly over the cluster:
 * (N - nodes in the rack) / (N - 1).
 */
function outsideShare(traffic: Traffic, nodesPerRack: number): number {
  return traffic.totalNodes > 1 ? (traffic.totalNodes - nodesPerRack) / (traffic.totalNodes - 1) : 0;
}

function leafMetrics(design: Design, group: RackGroupInventory, uplinksPerLeaf: number, linkGbps: number, traffic: Traffic): LeafMetrics {
  const { leaf } = design.fabric;
  const leavesPerRack = group.group.leavesPerRack;
  const downlinkGbps = group.placements.reduce((sum, p) => sum + p.nodesPerRack * p.pool.nics.count * Math.min(p.pool.nics.speedGbps, leaf.downlinkSpeedGbps), 0) / leavesPerRack;
  const uplinkGbps = uplinksPerLeaf * linkGbps;
  const nodesPerLeaf = group.nodesPerRack / leavesPerRack;
  // Peak traffic per node x (east-west share leaving the rack + north-south share, which leaves
  // through the spines to the border leaves): RFC 7938 section 3, traffic through the Clos.
  const upShare = traffic.eastWestShare * outsideShare(traffic, group.nodesPerRack) + (1 - traffic.eastWestShare);
  const demandGbps = nodesPerLeaf * traffic.peakGbpsPerNode * upShare;
  const portsUsed = Math.ceil(group.nicPortsPerRack / leavesPerRack);
  return {
    rackGroup: group.group.name,
    leafCount: group.leaves,
    nodesPerLeaf,
    downlinkGbps,
    uplinkGbps,
    oversubscription: downlinkGbps / uplinkGbps,
    demandGbps,
    uplinkHeadroomShare: 1 - demandGbps / uplinkGbps,
    portsUsed,
    portsFree: Math.max(0, leaf.downlinkPorts - portsUsed),
    uplinksUsed: uplinksPerLeaf,
  };
}

/**
 * The uplinks a leaf needs to bring `downlinkGbps` to the target ratio, and the one field that gets
 * it there: more links per leaf per spine, else more spines, else a leaf with more uplink ports.
 */
function uplinkSuggestion(design: Design, uplinksNeeded: number): Suggestion | undefined {
  const { spine, leaf, linksPerLeafPerSpine } = design.fabric;
  const links = Math.ceil(uplinksNeeded / spine.count);
  if (links * spine.count <= leaf.uplinkPorts) {
    return { path: "/fabric/linksPerLeafPerSpine", value: links, label: `Set linksPerLeafPerSpine to ${links}` };
  }
  const spines = Math.ceil(uplinksNeeded / linksPerLeafPerSpine);
  if (spines * linksPerLeafPerSpine <= leaf.uplinkPorts) {
    return { path: "/fabric/spine/count", value: spines, label: `Set spine count to ${spines}` };
  }
  return undefined;
}

function leafFindings(design: Design, group: RackGroupInventory, metrics: LeafMetrics, linkGbps: number): Finding[] {
  const { leaf, oversubscriptionTarget, spine } = design.fabric;
  const path = `/racks/${group.index}`;
  const findings: Finding[] = [];
  if (metrics.portsUsed > leaf.downlinkPorts) {
    const nicsPerNode = group.nodesPerRack > 0 ? group.nicPortsPerRack / group.nodesPerRack : 1;
    findings.push(
      report("fabric.leaf-ports-exceeded", path, {
        group: group.group.name,
        portsNeeded: metrics.portsUsed,
        ports: leaf.downlinkPorts,
        maxNodesPerRack: Math.floor((leaf.downlinkPorts * group.group.leavesPerRack) / nicsPerNode),
      }),
    );
  }
  // Oversubscription = downlink : uplink capacity of a leaf (RFC 7938 section 3.1: a Clos stage
  // is non-blocking at 1:1); the design states the ratio it accepts.
  if (metrics.oversubscription > oversubscriptionTarget) {
    const uplinksNeeded = Math.ceil(metrics.downlinkGbps / (oversubscriptionTarget * linkGbps));
    const suggestion = uplinkSuggestion(design, uplinksNeeded);
    findings.push(
      report(
        "fabric.oversubscription",
        path,
        {
          group: group.group.name,
          downlinkGbps: metrics.downlinkGbps,
          uplinkGbps: metrics.uplinkGbps,
          ratio: metrics.oversubscription,
          target: oversubscriptionTarget,
          uplinksNeeded,
          uplinkSpeedGbps: linkGbps,
          ratioAfter: metrics.downlinkGbps / (uplinksNeeded * linkGbps),
        },
        suggestion,
      ),
    );
  }
  // ECMP spreads uplink traffic over every spine (RFC 7938 section 6): losing one spine takes
  // away 1/spines of the uplink capacity, so peak demand must leave at least that much free.
  const neededShare = 1 / spine.count;
  if (metrics.demandGbps > 0 && metrics.uplinkHeadroomShare < neededShare) {
    findings.push(
      report("fabric.uplink-headroom", path, {
        group: group.group.name,
        demandGbps: metrics.demandGbps,
        uplinkGbps: metrics.uplinkGbps,
        headroomPercent: percent(metrics.uplinkHeadroomShare),
        neededPercent: percent(neededShare),
      }),
    );
  }
  return findings;
}

/**
 * Spine tier (RFC 7938 section 3.2): in a three-stage Clos each spine takes one port per leaf per
 * link, so the spines' port count bounds the leaves. Past that, a five-stage Clos splits the
 * leaves into pods whose spines give half their ports to leaves and half to the super-spines
 * (non-blocking), and the super-spines' ports bound the pods.
 */
function spineTier(design: Design, totalLeaves: number) {
  const { spine, superSpine, linksPerLeafPerSpine: links } = design.fabric;
  const threeStageMax = Math.floor(spine.ports / links);
  const superSpineNeeded = totalLeaves * links > spine.ports;
  if (!superSpine) {
    return {
      fabricPods: 1,
      spineCount: spine.count,
      spineUplinkPorts: 0,
      spinePortsNeeded: totalLeaves * links,
      maxLeaves: threeStageMax,
      superSpineNeeded,
      superSpinePortsNeeded: 0,
      superSpinePortsAvailable: 0,
      superUplinkGbps: Infinity,
    };
  }
  const upPorts = Math.max(1, Math.floor(spine.ports / 2));
  const leavesPerPodMax = Math.max(1, Math.floor((spine.ports - upPorts) / links));
  const pods = Math.max(1, Math.ceil(totalLeaves / leavesPerPodMax));
  const spineCount = pods * spine.count;
  const linkGbps = Math.min(spine.portSpeedGbps, superSpine.portSpeedGbps);
  return {
    fabricPods: pods,
    spineCount,
    spineUplinkPorts: upPorts,
    spinePortsNeeded: Math.ceil(totalLeaves / pods) * links + upPorts,
    maxLeaves: Math.floor((superSpine.count * superSpine.ports) / (spine.count * upPorts)) * leavesPerPodMax,
    superSpineNeeded,
    superSpinePortsNeeded: spineCount * upPorts,
    superSpinePortsAvailable: superSpine.count * superSpine.ports,
    superUplinkGbps: spineCount * upPorts * linkGbps,
  };
}

export function planFabric(design: Design, inventory: Inventory, ip: Pick<IpMetrics, "blocksInUse" | "nodeSubnets">): ConcernResult<FabricMetrics> {
  const { fabric, cluster, network } = design;
  const { spine, leaf, linksPerLeafPerSpine: links } = fabric;
  const findings: Finding[] = [];
  const totalNodes = inventory.totalNodes;
  const traffic: Traffic = {
    peakGbpsPerNode: cluster.traffic.baselineGbpsPerNode * cluster.traffic.peakFactor,
    eastWestShare: cluster.traffic.eastWestShare,
    totalNodes,
  };

  const uplinksWanted = spine.count * links;
  if (uplinksWanted > leaf.uplinkPorts) {
    findings.push(report("fabric.leaf-uplinks-exceeded", "/fabric/linksPerLeafPerSpine", { spines: spine.count, links, needed: uplinksWanted, ports: leaf.uplinkPorts, maxLinks: Math.max(1, Math.floor(leaf.uplinkPorts / spine.count)) }));
  }
  const uplinksPerLeaf = Math.min(uplinksWanted, leaf.uplinkPorts);
  const linkGbps = Math.min(leaf.uplinkSpeedGbps, spine.portSpeedGbps);

  const leaves = inventory.rackGroups.map((group) => {
    const metrics = leafMetrics(design, group, uplinksPerLeaf, linkGbps, traffic);
    findings.push(...leafFindings(design, group, metrics, linkGbps));
    return metrics;
  });

  const tier = spineTier(design, inventory.totalLeaves);
  if (tier.spinePortsNeeded > spine.ports) {
    findings.push(
      report("fabric.spine-ports-exceeded", "/fabric/spine/ports", { leaves: inventory.totalLeaves, links, needed: tier.spinePortsNeeded, available: spine.ports, maxLeaves: tier.maxLeaves }),
    );
  }
  if (fabric.superSpine && tier.superSpinePortsNeeded > tier.superSpinePortsAvailable) {
    const superSpinesNeeded = Math.ceil(tier.superSpinePortsNeeded / fabric.superSpine.ports);
    findings.push(
      report(
        "fabric.super-spine-ports-exceeded",
        "/fabric/superSpine/count",
        { spines: tier.spineCount, uplinksPerSpine: tier.spineUplinkPorts, needed: tier.superSpinePortsNeeded, available: tier.superSpinePortsAvailable, superSpinesNeeded },
        { path: "/fabric/superSpine/count", value: superSpinesNeeded, label: `Set super-spine count to ${superSpinesNeeded}` },
      ),
    );
  }

  // Cross-rack demand: baseline per node x peak factor x east-west share x share of peers outside
  // the rack (shared/design.md, "The plan"); it crosses the spine tier once, leaf to leaf.
  const crossRackDemandGbps = inventory.rackGroups.reduce((sum, g) => sum + g.nodes * traffic.peakGbpsPerNode * traffic.eastWestShare * outsideShare(traffic, g.nodesPerRack), 0);
  const aggregateUplinkGbps = leaves.reduce((sum, l) => sum + l.leafCount * l.uplinkGbps, 0);
  const spineCapacityGbps = Math.min(aggregateUplinkGbps, tier.superUplinkGbps * 2);
  // Bisection: cut the leaves in two halves; traffic between them crosses at most half of all
  // leaf-spine capacity (and, with pods, half of the spine-super-spine capacity).
  const bisectionGbps = Math.min(aggregateUplinkGbps, tier.superUplinkGbps) / 2;
  const spineHeadroomShare = spineCapacityGbps > 0 ? 1 - crossRackDemandGbps / spineCapacityGbps : 0;
  if (crossRackDemandGbps > 0 && spineHeadroomShare < 1 / spine.count) {
    findings.push(
      report("fabric.spine-headroom", "/fabric/spine/count", {
        demandGbps: crossRackDemandGbps,
        capacityGbps: spineCapacityGbps,
        headroomPercent: percent(spineHeadroomShare),
        neededPercent: percent(1 / spine.count),
      }),
    );
  }

  const overlayOverheadBytes = overlayOverhead(design);
  const effectiveMtuBytes = fabric.mtu - overlayOverheadBytes;

  // Latency leaf-spine-leaf (leaf-spine-super-spine-spine-leaf with pods): each switch's
  // forwarding latency plus store-and-forward serialisation of a full frame on every link.
  const superSpine = fabric.superSpine;
  const switchHops = superSpine ? 5 : 3;
  const switchUs = 2 * leaf.latencyUs + (superSpine ? 2 * spine.latencyUs + superSpine.latencyUs : spine.latencyUs);
  const fabricLinks = switchHops - 1;
  const latencyUs = switchUs + 2 * serialisationUs(fabric.mtu, leaf.downlinkSpeedGbps) + fabricLinks * serialisationUs(fabric.mtu, linkGbps);
  if (latencyUs > cluster.latencyTargetUs) {
    findings.push(report("fabric.latency-budget", "/cluster/latencyTargetUs", { hops: switchHops, latencyUs, targetUs: cluster.latencyTargetUs }));
  }

  // Routes each leaf holds: without encapsulation the fabric routes pod addresses, one route per
  // Calico block (Calico advertises blocks, https://docs.tigera.io/calico/latest/networking/configuring/bgp),
  // plus the node subnets, the service CIDR and the load balancer range.
  const routedPods = network.overlay === "calico-bgp" || network.overlay === "cilium-native";
  const blocks = routedPods ? ip.blocksInUse : 0;
  const otherRoutes = 1 + (network.loadBalancer.addressRange ? 1 : 0);
  const routesPerLeaf = blocks + ip.nodeSubnets + otherRoutes;
  if (routesPerLeaf > leaf.routeTableCapacity) {
    findings.push(report("fabric.route-table-exceeded", "/fabric/leaf/routeTableCapacity", { routes: routesPerLeaf, blocks, subnets: ip.nodeSubnets, other: otherRoutes, capacity: leaf.routeTableCapacity }));
  }

  // Calico: the node-to-node mesh suits clusters up to about 100 nodes; beyond that peer with the
  // ToR or route reflectors (https://docs.tigera.io/calico/latest/networking/configuring/bgp).
  const calico = network.overlay.startsWith("calico");
  const fullMesh = calico && fabric.bgp.mode === "full-mesh";
  const bgpSessionsPerNode = fullMesh ? Math.max(0, totalNodes - 1) : fabric.bgp.mode === "route-reflector" ? fabric.bgp.routeReflectors : Math.min(2, inventory.totalLeaves);
  if (fullMesh && totalNodes > 100) {
    findings.push(report("fabric.bgp-full-mesh-at-scale", "/fabric/bgp/mode", { nodes: totalNodes, sessions: bgpSessionsPerNode }, { path: "/fabric/bgp/mode", value: "tor", label: "Peer with the ToR" }));
  }
  if (calico && fabric.bgp.mode === "route-reflector" && fabric.bgp.routeReflectors === 0) {
    findings.push(report("fabric.bgp-no-route-reflectors", "/fabric/bgp/routeReflectors", {}, { path: "/fabric/bgp/routeReflectors", value: 2, label: "Set routeReflectors to 2" }));
  }

  return {
    metrics: {
      leaves,
      leafCount: inventory.totalLeaves,
      spineCount: tier.spineCount,
      superSpineCount: superSpine?.count ?? 0,
      fabricPods: tier.fabricPods,
      uplinksPerLeaf,
      leafSpineLinkGbps: linkGbps,
      aggregateDemandGbps: totalNodes * traffic.peakGbpsPerNode,
      aggregateUplinkGbps,
      maxOversubscription: leaves.reduce((max, l) => Math.max(max, l.oversubscription), 0),
      spinePortsNeeded: tier.spinePortsNeeded,
      spinePortsAvailable: spine.ports,
      spineUplinkPorts: tier.spineUplinkPorts,
      maxLeaves: tier.maxLeaves,
      superSpineNeeded: tier.superSpineNeeded,
      superSpinePortsNeeded: tier.superSpinePortsNeeded,
      superSpinePortsAvailable: tier.superSpinePortsAvailable,
      bisectionGbps,
      crossRackDemandGbps,
      spineCapacityGbps,
      spineHeadroomShare,
      overlayOverheadBytes,
      effectiveMtuBytes,
      goodputShare: goodput(design, fabric.mtu, overlayOverheadBytes),
      switchHops,
      latencyUs,
      routesPerLeaf,
      routeTableCapacity: leaf.routeTableCapacity,
      bgpSessionsPerNode,
    },
    findings,
  };
}
