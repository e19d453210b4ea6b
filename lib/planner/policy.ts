import type { Design, Port } from "../design";
import { report } from "./catalogue";
import type { ConcernResult, Finding } from "./types";

export type ZonePeer = { zone: string; ports: Port[] };

/**
 * What each zone's NetworkPolicies say: deny everything by default, allow the design's flows in
 * and out, and always allow DNS egress (TCP and UDP 53), without which every name lookup fails
 * (https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies).
 */
export type ZoneRules = {
  zone: string;
  pool: string | null;
  namespaces: string[];
  defaultDeny: true;
  dnsEgress: true;
  ingressFrom: ZonePeer[];
  egressTo: ZonePeer[];
  ingressFromOutside: Port[];
};

export type PolicyMatrix = {
  zones: string[];
  /** allowed[from][to]: a flow allows traffic from zone `from` to zone `to`. */
  allowed: boolean[][];
  /** The ports of those flows; an empty list on an allowed cell means every port. */
  ports: Port[][][];
};

export type PolicyMetrics = { zones: string[]; matrix: PolicyMatrix; rules: ZoneRules[]; flows: number };

export function planPolicy(design: Design): ConcernResult<PolicyMetrics> {
  const findings: Finding[] = [];
  const zones = design.zones.map((z) => z.name);
  const indexOf = new Map(zones.map((name, i) => [name, i]));
  const allowed = zones.map(() => zones.map(() => false));
  const ports: Port[][][] = zones.map(() => zones.map(() => []));
  const rules: ZoneRules[] = design.zones.map((z) => ({
    zone: z.name,
    pool: z.pool ?? null,
    namespaces: z.namespaces,
    defaultDeny: true,
    dnsEgress: true,
    ingressFrom: [],
    egressTo: [],
    ingressFromOutside: z.ingressFromOutside,
  }));
  const reached = new Set<number>();

  design.flows.forEach((flow, index) => {
    const from = indexOf.get(flow.from);
    const to = indexOf.get(flow.to);
    const label = `${flow.from} -> ${flow.to}`;
    if (from === undefined) findings.push(report("policy.unknown-zone", `/flows/${index}/from`, { flow: label, zone: flow.from }));
    if (to === undefined) findings.push(report("policy.unknown-zone", `/flows/${index}/to`, { flow: label, zone: flow.to }));
    if (from === undefined || to === undefined) return;
    (allowed[from] as boolean[])[to] = true;
    (ports[from] as Port[][])[to] = [...((ports[from] as Port[][])[to] as Port[]), ...flow.ports];
    (rules[from] as ZoneRules).egressTo.push({ zone: flow.to, ports: flow.ports });
    (rules[to] as ZoneRules).ingressFrom.push({ zone: flow.from, ports: flow.ports });
    if (from !== to) reached.add(to);
  });

  const pools = new Set(design.ipPlan.podPools.map((p) => p.name));
  design.zones.forEach((zone, index) => {
    if (zone.pool === undefined) findings.push(report("policy.zone-without-pool", `/zones/${index}`, { zone: zone.name }));
    else if (!pools.has(zone.pool)) findings.push(report("design.unknown-reference", `/zones/${index}/pool`, { element: `Zone "${zone.name}"`, kind: "pod pool", name: zone.pool }));
    // Default deny plus no allowed flow from another zone and no outside port: nothing reaches it.
    if (!reached.has(index) && zone.ingressFromOutside.length === 0) findings.push(report("policy.unreachable-zone", `/zones/${index}`, { zone: zone.name }));
  });

  return { metrics: { zones, matrix: { zones, allowed, ports }, rules, flows: design.flows.length }, findings };
}
