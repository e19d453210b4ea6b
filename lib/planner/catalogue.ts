import { formatNumber } from "./format";
import { sources } from "./sources";
import type { Finding, Severity, Suggestion } from "./types";

/**
 * The findings catalogue: THE one place a finding is defined (like the `meta` block of an ESLint
 * rule). Planner code only reports a code with its parameters and a path; the severity, the text,
 * the fix and the source come from here, and the README table is generated from here
 * (`npm run docs`). Codes are a public contract: never rename one silently.
 *
 * Templates name their parameters in braces; `report()` only accepts the parameters a code's
 * templates use, so a typo in a template or a call is a type error.
 */
type Definition = {
  readonly severity: Severity;
  readonly title: string;
  readonly description: string;
  readonly message: string;
  readonly fix: string;
  readonly source: string;
};

export const catalogue = {
  "design.unknown-reference": {
    severity: "error",
    title: "Unknown reference",
    description: "An element names another element (node pool, rack group, zone, backend, schedule) that the design does not have.",
    message: '{element} names {kind} "{name}", which the design does not have',
    fix: 'Add {kind} "{name}" or correct the name.',
    source: sources.designDocument,
  },
  "design.target-nodes-mismatch": {
    severity: "info",
    title: "Racks and target disagree",
    description: "The racks hold a different number of nodes than cluster.targetNodes says.",
    message: "The racks hold {nodes} nodes; cluster.targetNodes is {target}",
    fix: "Set cluster.targetNodes to {nodes}, or add or remove racks.",
    source: sources.designDocument,
  },
  "ip.cidr.invalid": {
    severity: "error",
    title: "CIDR unusable in this cluster",
    description: "A CIDR parses but cannot work here, e.g. an IPv6 range in an IPv4-only cluster.",
    message: "{cidr} cannot be used: {reason}",
    fix: "{remedy}",
    source: sources.calicoIpPool,
  },
  "ip.overlap": {
    severity: "error",
    title: "Overlapping ranges",
    description: "Two of node networks, pod pools, service CIDR, reserved, external and load-balancer ranges overlap.",
    message: "{first} ({firstCidr}) overlaps {second} ({secondCidr})",
    fix: "Move one of the two to a range that overlaps nothing else in the design.",
    source: sources.k8sClusterIpAllocation,
  },
  "ip.reserved.outside-pool": {
    severity: "warning",
    title: "Reservation outside every pool",
    description: "A reserved range lies outside every pod pool, so the IPReservation protects nothing.",
    message: 'Reserved range "{name}" ({cidr}) is not inside any pod pool',
    fix: "Move the reservation inside the pod pool it is meant to protect, or remove it.",
    source: sources.calicoIpReservation,
  },
  "ip.pool.block-exhaustion": {
    severity: "error",
    title: "Pool runs out of blocks",
    description: "A pod pool has fewer Calico blocks than its nodes hold when full; nodes then borrow addresses and routes stop aggregating.",
    message: 'Pod pool "{pool}" ({cidr}) has {blocks} blocks of /{blockSize}; its {nodes} nodes need {blocksNeeded} ({blocksPerNode} per node at {maxPods} pods)',
    fix: "Widen the pool to {suggestedCidr}: /{suggestedPrefix} is the smallest prefix that fits the nodes with {headroomPercent}% growth below the {thresholdPercent}% alert.",
    source: sources.calicoBlockSize,
  },
  "ip.pool.usage-high": {
    severity: "warning",
    title: "Pool usage above the alert threshold",
    description: "The blocks a pod pool's nodes hold when full reach the usage alert threshold.",
    message: 'Pod pool "{pool}" ({cidr}) is {utilizationPercent}% used when its nodes are full, at or above the {thresholdPercent}% alert',
    fix: "Widen the pool to {suggestedCidr} to keep {headroomPercent}% growth below the alert.",
    source: sources.calicoIpamMetrics,
  },
  "ip.node-pool-without-pod-pool": {
    severity: "warning",
    title: "Node pool without pod addresses",
    description: "A node pool with nodes is served by no enabled pod pool, so its pods cannot get addresses.",
    message: 'Node pool "{pool}" ({nodes} nodes) is served by no enabled pod pool',
    fix: 'Add "{pool}" to the nodePools of a pod pool.',
    source: sources.calicoPoolPerNode,
  },
  "ip.node-network.too-small": {
    severity: "error",
    title: "Node network too small",
    description: "A node network has fewer subnets than racks, or subnets with fewer addresses than nodes, gateways and spare need.",
    message: 'Node network "{name}" ({cidr}) is too small: {detail}',
    fix: "{remedy}",
    source: sources.rfc950,
  },
  "ip.service-cidr.too-small": {
    severity: "error",
    title: "Service CIDR too small",
    description: "The service CIDR has fewer usable addresses than the expected services with growth headroom.",
    message: "Service CIDR {cidr} has {usable} usable addresses for {needed} ({services} expected services with {headroomPercent}% growth)",
    fix: "Use {suggestedCidr}.",
    source: sources.k8sClusterIpAllocation,
  },
  "ip.service-cidr.too-large": {
    severity: "error",
    title: "Service CIDR too large",
    description: "kube-apiserver refuses a service CIDR of more than 20 host bits (IPv4 shorter than /12, IPv6 shorter than /108).",
    message: "Service CIDR {cidr} has {hostBits} host bits; kube-apiserver accepts at most 20 (/{minPrefix} for IPv{family})",
    fix: "Use a /{minPrefix} or a longer prefix.",
    source: sources.k8sServiceCidr,
  },
  "fabric.oversubscription": {
    severity: "warning",
    title: "Leaf oversubscribed",
    description: "A leaf's downlink capacity divided by its uplink capacity is above the design's target ratio.",
    message: 'Leaves of rack group "{group}" have {downlinkGbps} Gbps down and {uplinkGbps} Gbps up: {ratio}:1, above the {target}:1 target',
    fix: "Give each leaf {uplinksNeeded} uplinks of {uplinkSpeedGbps}G ({ratioAfter}:1), or put fewer nodes in each rack.",
    source: sources.rfc7938,
  },
  "fabric.leaf-ports-exceeded": {
    severity: "error",
    title: "Leaf downlink ports exceeded",
    description: "A rack puts more node NICs on a leaf than the leaf has downlink ports.",
    message: 'Rack group "{group}" needs {portsNeeded} node ports on each leaf; the leaf has {ports}',
    fix: "Put at most {maxNodesPerRack} nodes in each rack, use two leaves per rack, or a leaf with more ports.",
    source: sources.rfc7938,
  },
  "fabric.leaf-uplinks-exceeded": {
    severity: "error",
    title: "Leaf uplink ports exceeded",
    description: "Spines x links per leaf per spine is more than the leaf's uplink ports.",
    message: "{spines} spines x {links} links need {needed} uplinks per leaf; the leaf has {ports}",
    fix: "Use at most {maxLinks} links per leaf per spine, fewer spines, or a leaf with more uplink ports.",
    source: sources.rfc7938,
  },
  "fabric.spine-ports-exceeded": {
    severity: "error",
    title: "Spine ports exceeded",
    description: "The leaves need more ports on each spine than a spine has; a super-spine tier (or bigger spines) is needed.",
    message: "{leaves} leaves x {links} links need {needed} ports on each spine; a spine has {available} (at most {maxLeaves} leaves)",
    fix: "Add a super-spine tier (fabric.superSpine) or use spines with at least {needed} ports.",
    source: sources.rfc7938,
  },
  "fabric.super-spine-ports-exceeded": {
    severity: "error",
    title: "Super-spine ports exceeded",
    description: "The spines' uplinks need more ports than the super-spine tier has.",
    message: "{spines} spines x {uplinksPerSpine} uplinks need {needed} super-spine ports; the tier has {available}",
    fix: "Use {superSpinesNeeded} super-spines.",
    source: sources.rfc7938,
  },
  "fabric.uplink-headroom": {
    severity: "warning",
    title: "Too little uplink headroom",
    description: "Peak demand leaves less uplink headroom than the share of capacity one spine failure takes away.",
    message: 'Leaves of rack group "{group}" carry {demandGbps} Gbps of peak demand on {uplinkGbps} Gbps of uplinks: {headroomPercent}% headroom, less than the {neededPercent}% one spine failure removes',
    fix: "Add uplinks (spines or links per leaf per spine) or spread the nodes over more racks.",
    source: sources.rfc7938,
  },
  "fabric.spine-headroom": {
    severity: "warning",
    title: "Too little spine headroom",
    description: "Cross-rack peak demand leaves less spine-tier headroom than one spine failure takes away.",
    message: "Cross-rack peak demand of {demandGbps} Gbps on {capacityGbps} Gbps of spine capacity: {headroomPercent}% headroom, less than the {neededPercent}% one spine failure removes",
    fix: "Add spines or links per leaf per spine.",
    source: sources.rfc7938,
  },
  "fabric.route-table-exceeded": {
    severity: "error",
    title: "Leaf route table exceeded",
    description: "Each leaf must hold one route per Calico block plus the node subnets, more than its table holds.",
    message: "Each leaf must hold {routes} routes ({blocks} Calico blocks + {subnets} node subnets + {other} other); the leaf holds {capacity}",
    fix: "Use larger Calico blocks (a shorter blockSize) so that fewer routes are advertised, or leaves with a larger route table.",
    source: sources.calicoBgp,
  },
  "fabric.bgp-full-mesh-at-scale": {
    severity: "error",
    title: "BGP full mesh at scale",
    description: "Node-to-node BGP full mesh is for small clusters (about 100 nodes); at scale peer with the ToR or route reflectors.",
    message: "Node-to-node BGP full mesh with {nodes} nodes: {sessions} sessions per node",
    fix: 'Set fabric.bgp.mode to "tor" (one AS per rack, RFC 7938) or "route-reflector".',
    source: sources.calicoBgp,
  },
  "fabric.bgp-no-route-reflectors": {
    severity: "error",
    title: "Route reflectors missing",
    description: "BGP mode route-reflector with no route reflectors leaves nodes without peers.",
    message: "BGP mode is route-reflector but fabric.bgp.routeReflectors is 0",
    fix: "Set at least 2 route reflectors (one per failure domain), or peer with the ToR.",
    source: sources.calicoBgp,
  },
  "fabric.latency-budget": {
    severity: "warning",
    title: "Latency above target",
    description: "The estimated node-to-node latency across the fabric is above the design's target.",
    message: "Node-to-node latency across {hops} switch hops is about {latencyUs} µs, above the {targetUs} µs target",
    fix: "Use lower-latency (cut-through) switches, faster links, or fewer tiers; or relax cluster.latencyTargetUs.",
    source: sources.rfc7938,
  },
  "storage.no-devices": {
    severity: "error",
    title: "No devices for a backend",
    description: "A storage backend uses a device class that no storage node has.",
    message: 'Backend "{backend}" uses device class {deviceClass}, which no storage node has',
    fix: "Give a storage node pool {deviceClass} disks or change the backend's device class.",
    source: sources.cephCrush,
  },
  "storage.failure-domains": {
    severity: "error",
    title: "Too few failure domains",
    description: "A replicated pool of size n needs n failure domains; an erasure-coded pool needs k + m.",
    message: 'Backend "{backend}" needs {needed} failure domains of type {domain}; the design has {available}',
    fix: "Spread the storage nodes over at least {needed} {domain}s, or lower the replica count.",
    source: sources.cephCrush,
  },
  "storage.capacity-after-failure": {
    severity: "error",
    title: "Data does not fit after a failure",
    description: "After losing the largest failure domain, the remaining capacity cannot hold the data below the full ratio.",
    message: 'Backend "{backend}" keeps {capacityTB} TB usable after losing its largest {domain}; {dataTB} TB of data exceed the {fullPercent}% full ratio',
    fix: "Add storage nodes or disks, or spread them over more failure domains.",
    source: sources.cephCapacity,
  },
  "storage.nearfull": {
    severity: "warning",
    title: "Nearfull soon",
    description: "A backend reaches the nearfull ratio within the planning horizon at the stated growth.",
    message: 'Backend "{backend}" reaches the {nearfullPercent}% nearfull ratio in {months} months',
    fix: "Plan more storage nodes or disks before then, or lower the expected growth.",
    source: sources.cephCapacity,
  },
  "storage.ratios": {
    severity: "error",
    title: "Nearfull not below full",
    description: "The nearfull ratio must be below the full ratio, or Ceph never warns before it stops writes.",
    message: "The nearfull ratio {nearfull} is not below the full ratio {full}",
    fix: "Use the Ceph defaults: nearfull 0.85, full 0.95.",
    source: sources.cephCapacity,
  },
  "backup.window-exceeded": {
    severity: "warning",
    title: "Backup does not fit its window",
    description: "A daily backup of the changed data takes longer than its window at the stated bandwidth.",
    message: 'Schedule "{schedule}" moves {changedTB} TB a day: {hours} h at {bandwidthGbps} Gbps, over its {windowHours} h window',
    fix: "Raise the bandwidth to the object store to {bandwidthNeededGbps} Gbps, widen the window, or split the schedule.",
    source: sources.veleroBackup,
  },
  "backup.no-restore-test": {
    severity: "warning",
    title: "No restore test",
    description: "A backup schedule has no restore test; an untested backup is not a backup.",
    message: 'Schedule "{schedule}" has no restore test',
    fix: 'Add a restore test for "{schedule}" to backup.restoreTests.',
    source: sources.veleroRestore,
  },
  "policy.unknown-zone": {
    severity: "error",
    title: "Flow names a missing zone",
    description: "A flow names a zone that the design does not have.",
    message: 'Flow {flow} names zone "{zone}", which the design does not have',
    fix: 'Add zone "{zone}" or correct the flow.',
    source: sources.k8sNetworkPolicy,
  },
  "policy.unreachable-zone": {
    severity: "warning",
    title: "Zone nothing reaches",
    description: "No flow and no outside port reaches a zone, so default-deny isolates it completely.",
    message: 'No flow reaches zone "{zone}" and it takes no traffic from outside',
    fix: 'Add a flow to "{zone}", or remove the zone if nothing should reach it.',
    source: sources.k8sNetworkPolicy,
  },
  "policy.zone-without-pool": {
    severity: "warning",
    title: "Zone without a pod pool",
    description: "A zone names no pod pool, so its pods cannot be told apart by address at the fabric.",
    message: 'Zone "{zone}" draws from no pod pool',
    fix: "Set the zone's pool to the pod pool its pods draw from.",
    source: sources.calicoIpPool,
  },
  "scale.k8s-limit": {
    severity: "warning",
    title: "Beyond a Kubernetes large-cluster limit",
    description: "A count is beyond what Kubernetes is tested for (5,000 nodes, 110 pods per node, 150,000 pods, 10,000 services).",
    message: "{what}: {count}, beyond the tested limit of {limit}",
    fix: "{remedy}",
    source: sources.k8sLargeClusters,
  },
} as const satisfies Record<string, Definition>;

export type FindingCode = keyof typeof catalogue;

type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type Template<C extends FindingCode> = (typeof catalogue)[C]["message"] | (typeof catalogue)[C]["fix"];

/** The parameters a code's message and fix templates use, each a string or a number. */
export type FindingParams<C extends FindingCode> = { readonly [K in Placeholders<Template<C>>]: string | number };

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    return typeof value === "number" ? formatNumber(value) : String(value);
  });
}

/** Builds a finding from the catalogue: the only way planner code reports one. */
export function report<C extends FindingCode>(code: C, path: string, params: FindingParams<C>, suggestion?: Suggestion): Finding {
  const definition: Definition = catalogue[code];
  const values = params as Readonly<Record<string, string | number>>;
  const finding: Finding = { severity: definition.severity, code, message: fill(definition.message, values), path, fix: fill(definition.fix, values) };
  if (suggestion) finding.suggestion = suggestion;
  return finding;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings in a stable order: severity, then path, then code, then message (byte for byte). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...findings].sort(
    (a, b) => severityRank[a.severity] - severityRank[b.severity] || compare(a.path, b.path) || compare(a.code, b.code) || compare(a.message, b.message),
  );
}
