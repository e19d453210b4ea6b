import { toPointer, type Design, type PodPool } from "../design";
import { report } from "./catalogue";
import { addressCount, blockCount, contains, familyBits, findFreeRange, formatCidr, smallestPrefixFor, toRange, type Range } from "./cidr";
import { percent } from "./format";
import type { Inventory } from "./inventory";
import type { ConcernResult, Finding } from "./types";

export type PodPoolMetrics = {
  name: string;
  cidr: string;
  family: 4 | 6;
  blockSize: number;
  disabled: boolean;
  /** Calico blocks in the pool: 2^(blockSize - prefix). */
  blocks: number;
  addressesPerBlock: number;
  /** Addresses of the pool minus those reserved inside it. */
  addresses: number;
  nodes: number;
  blocksPerNode: number;
  blocksNeeded: number;
  blockUtilization: number;
  addressUtilization: number;
  /** A free CIDR that fits the nodes with growth headroom, when the pool is exhausted or above the alert. */
  suggestedCidr?: string;
};

export type NodeNetworkMetrics = {
  name: string;
  cidr: string;
  scope: "rack" | "role";
  subnetPrefix: number;
  subnets: number;
  subnetsNeeded: number;
  addressesPerSubnet: number;
  addressesNeededPerSubnet: number;
  utilization: number;
};

export type ServiceCidrMetrics = { cidr: string; addresses: number; usableAddresses: number; expectedServices: number; utilization: number };

export type IpMetrics = {
  pools: PodPoolMetrics[];
  nodeNetworks: NodeNetworkMetrics[];
  serviceCidr: ServiceCidrMetrics;
  /** Pool usage share at which the alert fires (ipPlan.usageAlertThreshold). */
  threshold: number;
  /** Calico blocks the nodes hold when full, over all enabled pools: one route each in BGP mode. */
  blocksInUse: number;
  /** Node subnets the fabric routes (one per rack for rack-scoped networks, one per role network). */
  nodeSubnets: number;
};

type Entry = { label: string; name: string; path: string; cidr: string; range: Range; kind: "node" | "pool" | "service" | "reserved" | "external" | "loadBalancer"; order: number };

/** Every range in the design with its path, in document order. */
function collectRanges(design: Design): Entry[] {
  const { ipPlan, network } = design;
  const entries: Entry[] = [];
  const add = (kind: Entry["kind"], label: string, name: string, path: (string | number)[], cidr: string) => {
    const range = toRange(cidr);
    if (range) entries.push({ kind, label, name, path: toPointer(path), cidr, range, order: entries.length });
  };
  ipPlan.nodeNetworks.forEach((n, i) => add("node", `node network "${n.name}"`, n.name, ["ipPlan", "nodeNetworks", i, "cidr"], n.cidr));
  ipPlan.podPools.forEach((p, i) => add("pool", `pod pool "${p.name}"`, p.name, ["ipPlan", "podPools", i, "cidr"], p.cidr));
  add("service", "the service CIDR", "service", ["ipPlan", "serviceCidr"], ipPlan.serviceCidr);
  ipPlan.reserved.forEach((r, i) => add("reserved", `reserved range "${r.name}"`, r.name, ["ipPlan", "reserved", i, "cidr"], r.cidr));
  ipPlan.external.forEach((r, i) => add("external", `external range "${r.name}"`, r.name, ["ipPlan", "external", i, "cidr"], r.cidr));
  if (network.loadBalancer.addressRange) {
    add("loadBalancer", "the load balancer range", "load-balancer", ["network", "loadBalancer", "addressRange"], network.loadBalancer.addressRange);
  }
  return entries;
}

/**
 * Ranges of the cluster must match its IP families (Kubernetes dual-stack: pods, services and
 * nodes of an ipv4 cluster are IPv4). External ranges are outside the cluster and may be either.
 */
function familyFindings(design: Design, entries: readonly Entry[]): Finding[] {
  const allowed = design.cluster.ipFamilies;
  const findings: Finding[] = [];
  for (const entry of entries) {
    if (entry.kind === "external" || entry.kind === "reserved" || allowed === "dual-stack") continue;
    const wanted = allowed === "ipv4" ? 4 : 6;
    if (entry.range.family === wanted) continue;
    findings.push(
      report("ip.cidr.invalid", entry.path, {
        cidr: entry.cidr,
        reason: `${entry.label} is IPv${entry.range.family} but cluster.ipFamilies is ${allowed}`,
        remedy: `Use an IPv${wanted} range, or set cluster.ipFamilies to dual-stack.`,
      }),
    );
  }
  return findings;
}

/**
 * Overlap between any two ranges is an error naming both (Kubernetes: the service range must not
 * overlap node or pod ranges; Calico: pools must not overlap each other or the hosts' networks).
 * Reserved ranges are meant to lie inside pod pools (Calico IPReservation) and are only flagged
 * when they overlap anything else. Sorted sweep: cost n log n plus the overlapping pairs.
 */
function overlapFindings(entries: readonly Entry[]): Finding[] {
  const sorted = [...entries].sort((a, b) => a.range.family - b.range.family || (a.range.first < b.range.first ? -1 : a.range.first > b.range.first ? 1 : a.order - b.order));
  const findings: Finding[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const a = sorted[i] as Entry;
    for (let j = i + 1; j < sorted.length; j += 1) {
      const b = sorted[j] as Entry;
      if (b.range.family !== a.range.family || b.range.first > a.range.last) break;
      const reservedInPool =
        (a.kind === "reserved" && b.kind === "pool" && contains(b.range, a.range)) || (b.kind === "reserved" && a.kind === "pool" && contains(a.range, b.range));
      if (reservedInPool) continue;
      const [first, second] = a.order < b.order ? [a, b] : [b, a];
      findings.push(report("ip.overlap", second.path, { first: first.label, firstCidr: first.cidr, second: second.label, secondCidr: second.cidr }));
    }
  }
  return findings;
}

/** Calico applies an IPReservation only to addresses inside its IP pools. */
function reservedFindings(entries: readonly Entry[]): Finding[] {
  const pools = entries.filter((e) => e.kind === "pool");
  return entries
    .filter((e) => e.kind === "reserved" && !pools.some((pool) => contains(pool.range, e.range)))
    .map((e) => report("ip.reserved.outside-pool", e.path, { name: e.name, cidr: e.cidr }));
}

/** Rounds up, ignoring floating-point dust (9,350 x 1.25 / 0.8 is 14,609.375, not 14,609.3750001). */
function ceilClean(value: number): number {
  return Math.ceil(Math.round(value * 1e6) / 1e6);
}

/**
 * Calico IPAM (https://docs.tigera.io/calico/latest/networking/ipam/change-block-size): a pool of
 * prefix p and block size b has 2^(b-p) blocks of 2^(32-b) addresses (2^(128-b) for IPv6). A node
 * that runs pods from the pool holds at least one block, and ceil(maxPods / addressesPerBlock)
 * when full. When blocks run out, nodes borrow single addresses from other nodes' blocks and the
 * per-block routes stop aggregating; so blocks, not addresses, are what runs out first.
 */
function poolMetrics(pool: PodPool, range: Range, nodes: number, maxPods: number, reservedAddresses: bigint): PodPoolMetrics {
  const addressesPerBlock = Number(addressCount(range.family, pool.blockSize));
  const blocks = Number(blockCount(range.prefix, pool.blockSize));
  const blocksPerNode = Math.max(1, Math.ceil(maxPods / addressesPerBlock));
  const blocksNeeded = nodes * blocksPerNode;
  const addresses = Math.max(0, Number(addressCount(range.family, range.prefix) - reservedAddresses));
  return {
    name: pool.name,
    cidr: pool.cidr,
    family: range.family,
    blockSize: pool.blockSize,
    disabled: pool.disabled,
    blocks,
    addressesPerBlock,
    addresses,
    nodes,
    blocksPerNode,
    blocksNeeded,
    blockUtilization: blocksNeeded / blocks,
    addressUtilization: (nodes * maxPods) / Math.max(1, addresses),
  };
}

/** Nodes a pod pool serves: its node pools (all of them when the list is empty: Calico's nodeSelector all()). */
function poolNodes(inventory: Inventory, pool: PodPool, index: number, findings: Finding[]): number {
  if (pool.disabled) return 0; // Calico allocates nothing new from a disabled pool.
  if (pool.nodePools.length === 0) return inventory.totalNodes;
  let nodes = 0;
  pool.nodePools.forEach((name, j) => {
    const entry = inventory.pools.get(name);
    if (entry) nodes += entry.nodes;
    else findings.push(report("design.unknown-reference", toPointer(["ipPlan", "podPools", index, "nodePools", j]), { element: `Pod pool "${pool.name}"`, kind: "node pool", name }));
  });
  return nodes;
}

function podPoolFindings(design: Design, inventory: Inventory, entries: readonly Entry[]): { pools: PodPoolMetrics[]; findings: Finding[] } {
  const { cluster, ipPlan } = design;
  const findings: Finding[] = [];
  const threshold = ipPlan.usageAlertThreshold;
  const taken = entries.map((e) => e.range);
  const reserved = entries.filter((e) => e.kind === "reserved");
  const pools: PodPoolMetrics[] = [];
  ipPlan.podPools.forEach((pool, index) => {
    const range = toRange(pool.cidr);
    if (!range) return;
    const nodes = poolNodes(inventory, pool, index, findings);
    const reservedAddresses = reserved.filter((r) => contains(range, r.range)).reduce((sum, r) => sum + addressCount(r.range.family, r.range.prefix), 0n);
    const metrics = poolMetrics(pool, range, nodes, cluster.maxPodsPerNode, reservedAddresses);
    pools.push(metrics);
    const exhausted = metrics.blocksNeeded > metrics.blocks;
    if (!exhausted && metrics.blockUtilization < threshold) return;
    // The smallest prefix whose blocks hold the nodes with the design's growth headroom and still
    // stay below the alert threshold: blocks >= blocksNeeded x (1 + headroom) / threshold.
    const blocksWanted = ceilClean((metrics.blocksNeeded * (1 + cluster.growthHeadroom)) / threshold);
    const prefix = smallestPrefixFor(range.family, BigInt(blocksWanted), familyBits(range.family) - pool.blockSize);
    const others = taken.filter((r) => !contains(range, r));
    const free = prefix === undefined ? undefined : findFreeRange(range, Math.min(prefix, pool.blockSize), others);
    const path = toPointer(["ipPlan", "podPools", index, "cidr"]);
    const suggestedCidr = free ? formatCidr(free) : undefined;
    if (free) {
      metrics.suggestedCidr = suggestedCidr;
      taken.push(free); // the next pool's suggestion must not collide with this one
    }
    const suggestion = suggestedCidr ? { path, value: suggestedCidr, label: `Set cidr to ${suggestedCidr}` } : undefined;
    const common = {
      pool: pool.name,
      cidr: pool.cidr,
      suggestedCidr: suggestedCidr ?? `a /${prefix ?? 0} (no free range of that size is left)`,
      headroomPercent: percent(cluster.growthHeadroom),
      thresholdPercent: percent(threshold),
    };
    findings.push(
      exhausted
        ? report(
            "ip.pool.block-exhaustion",
            path,
            { ...common, blocks: metrics.blocks, blockSize: pool.blockSize, nodes, blocksNeeded: metrics.blocksNeeded, blocksPerNode: metrics.blocksPerNode, maxPods: cluster.maxPodsPerNode, suggestedPrefix: prefix ?? 0 },
            suggestion,
          )
        : report("ip.pool.usage-high", path, { ...common, utilizationPercent: percent(metrics.blockUtilization) }, suggestion),
    );
  });

  // Every node runs pods (at least DaemonSets), so every node pool with nodes needs a pool.
  const served = new Set(ipPlan.podPools.filter((p) => !p.disabled).flatMap((p) => (p.nodePools.length === 0 ? [...inventory.pools.keys()] : p.nodePools)));
  for (const [name, entry] of inventory.pools) {
    if (entry.nodes > 0 && !served.has(name)) findings.push(report("ip.node-pool-without-pod-pool", toPointer(["nodePools", entry.index]), { pool: name, nodes: entry.nodes }));
  }
  return { pools, findings };
}

/**
 * Node networks: each subnet holds its nodes, the gateways (leaf pair and virtual gateway) and,
 * for IPv4, the network and broadcast addresses (RFC 950), and keeps its spare share free.
 */
function nodeNetworkFindings(design: Design, inventory: Inventory): { networks: NodeNetworkMetrics[]; subnets: number; findings: Finding[] } {
  const findings: Finding[] = [];
  const networks: NodeNetworkMetrics[] = [];
  let subnets = 0;
  design.ipPlan.nodeNetworks.forEach((network, index) => {
    const range = toRange(network.cidr);
    if (!range) return;
    const bits = familyBits(range.family);
    const path = toPointer(["ipPlan", "nodeNetworks", index]);
    const fixedAddresses = network.gatewaysPerSubnet + (range.family === 4 ? 2 : 0);
    let subnetPrefix = range.prefix;
    let subnetsNeeded = 1;
    let nodesPerSubnet = 0;
    if (network.scope === "rack") {
      if (network.subnetPrefix > bits) {
        findings.push(report("ip.cidr.invalid", `${path}/subnetPrefix`, { cidr: network.cidr, reason: `subnets of /${network.subnetPrefix} do not exist in IPv${range.family}`, remedy: `Use a subnetPrefix of at most ${bits}.` }));
        return;
      }
      subnetPrefix = network.subnetPrefix;
      const names = new Set(network.rackGroups);
      network.rackGroups.forEach((name, j) => {
        if (!design.racks.some((g) => g.name === name)) findings.push(report("design.unknown-reference", `${path}/rackGroups/${j}`, { element: `Node network "${network.name}"`, kind: "rack group", name }));
      });
      const groups = inventory.rackGroups.filter((g) => names.size === 0 || names.has(g.group.name));
      subnetsNeeded = groups.reduce((sum, g) => sum + g.group.count, 0);
      nodesPerSubnet = groups.reduce((max, g) => Math.max(max, g.nodesPerRack), 0);
    } else {
      nodesPerSubnet = network.roles.reduce((sum, role) => sum + inventory.nodesByRole[role], 0);
    }
    const addressesPerSubnet = Number(addressCount(range.family, Math.max(subnetPrefix, range.prefix)));
    const available = subnetPrefix >= range.prefix ? Number(blockCount(range.prefix, subnetPrefix)) : 0;
    const addressesNeededPerSubnet = nodesPerSubnet + fixedAddresses;
    const capacity = Math.floor(addressesPerSubnet * (1 - network.spareShare));
    networks.push({
      name: network.name,
      cidr: network.cidr,
      scope: network.scope,
      subnetPrefix,
      subnets: available,
      subnetsNeeded,
      addressesPerSubnet,
      addressesNeededPerSubnet,
      utilization: addressesNeededPerSubnet / addressesPerSubnet,
    });
    subnets += subnetsNeeded;
    const base = { name: network.name, cidr: network.cidr };
    if (available < subnetsNeeded) {
      const prefix = smallestPrefixFor(range.family, BigInt(subnetsNeeded), bits - subnetPrefix) ?? 0;
      findings.push(report("ip.node-network.too-small", path, { ...base, detail: `${subnetsNeeded} racks need ${subnetsNeeded} subnets of /${subnetPrefix}; it has ${available}`, remedy: `Use a /${prefix} or a longer subnetPrefix.` }));
    }
    if (addressesNeededPerSubnet > capacity) {
      findings.push(
        report("ip.node-network.too-small", path, {
          ...base,
          detail: `a subnet of /${subnetPrefix} needs ${addressesNeededPerSubnet} addresses (${nodesPerSubnet} nodes + ${fixedAddresses} gateway and reserved) but keeps only ${capacity} usable with ${percent(network.spareShare)}% spare`,
          remedy: network.scope === "rack" ? "Use a shorter subnetPrefix." : "Use a shorter prefix.",
        }),
      );
    }
  });
  return { networks, subnets, findings };
}

/**
 * The service CIDR must hold the expected services with growth headroom (the network and broadcast
 * addresses are never allocated for IPv4), and kube-apiserver refuses one with more than 20 host
 * bits: maxCIDRBits = 20, so IPv4 /12 and IPv6 /108 at the widest
 * (cmd/kube-apiserver/app/options/validation.go).
 */
function serviceCidrFindings(design: Design, entries: readonly Entry[]): { metrics: ServiceCidrMetrics; findings: Finding[] } {
  const { ipPlan, network, cluster } = design;
  const range = toRange(ipPlan.serviceCidr) as Range;
  const bits = familyBits(range.family);
  const addresses = Number(addressCount(range.family, range.prefix));
  const reservedAddresses = range.family === 4 ? 2 : 1;
  const usableAddresses = Math.max(0, addresses - reservedAddresses);
  const metrics = { cidr: ipPlan.serviceCidr, addresses, usableAddresses, expectedServices: network.expectedServices, utilization: network.expectedServices / Math.max(1, usableAddresses) };
  const findings: Finding[] = [];
  const hostBits = bits - range.prefix;
  const maxHostBits = 20;
  if (hostBits > maxHostBits) {
    findings.push(report("ip.service-cidr.too-large", "/ipPlan/serviceCidr", { cidr: ipPlan.serviceCidr, hostBits, minPrefix: bits - maxHostBits, family: range.family }));
  }
  const needed = ceilClean(network.expectedServices * (1 + cluster.growthHeadroom));
  if (needed > usableAddresses) {
    const prefix = smallestPrefixFor(range.family, BigInt(needed + reservedAddresses), 0);
    const fits = prefix !== undefined && bits - prefix <= maxHostBits;
    const free = fits ? findFreeRange(range, prefix, entries.filter((e) => e.kind !== "service").map((e) => e.range)) : undefined;
    const suggestedCidr = free ? formatCidr(free) : `at most a /${bits - maxHostBits}, with fewer expected services`;
    findings.push(
      report(
        "ip.service-cidr.too-small",
        "/ipPlan/serviceCidr",
        { cidr: ipPlan.serviceCidr, usable: usableAddresses, needed, services: network.expectedServices, headroomPercent: percent(cluster.growthHeadroom), suggestedCidr },
        free ? { path: "/ipPlan/serviceCidr", value: suggestedCidr, label: `Set serviceCidr to ${suggestedCidr}` } : undefined,
      ),
    );
  }
  return { metrics, findings };
}

export function planIp(design: Design, inventory: Inventory): ConcernResult<IpMetrics> {
  const entries = collectRanges(design);
  const pools = podPoolFindings(design, inventory, entries);
  const nodeNetworks = nodeNetworkFindings(design, inventory);
  const service = serviceCidrFindings(design, entries);
  return {
    metrics: {
      pools: pools.pools,
      nodeNetworks: nodeNetworks.networks,
      serviceCidr: service.metrics,
      threshold: design.ipPlan.usageAlertThreshold,
      blocksInUse: pools.pools.reduce((sum, p) => sum + (p.disabled ? 0 : p.blocksNeeded), 0),
      nodeSubnets: nodeNetworks.subnets,
    },
    findings: [
      ...familyFindings(design, entries),
      ...overlapFindings(entries),
      ...reservedFindings(entries),
      ...pools.findings,
      ...nodeNetworks.findings,
      ...service.findings,
    ],
  };
}
