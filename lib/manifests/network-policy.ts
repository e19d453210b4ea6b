import type { Design, Port, Zone } from "@/lib/design";
import { NAMESPACE_NAME_LABEL, ZONE_LABEL } from "./labels";
import { metadata } from "./metadata";
import { boundedName } from "./names";
import type { K8sObject, ManifestGroup, Rendered } from "./types";

// NetworkPolicy semantics: https://kubernetes.io/docs/concepts/services-networking/network-policies/.
// A pod selected by any policy of a type (Ingress, Egress) only gets the traffic some policy allows;
// the per-zone default deny selects the zone's pods for both types, and each allow adds a hole.

type Peer = Record<string, unknown>;
type PolicyPort = { protocol: Port["protocol"]; port: number; endPort?: number };

/** kube-dns (CoreDNS) in kube-system answers on UDP and TCP 53; DNS egress is always allowed. */
const DNS_PEER: Peer = {
  namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: "kube-system" } },
  podSelector: { matchLabels: { "k8s-app": "kube-dns" } },
};
const DNS_PORTS: PolicyPort[] = [
  { protocol: "UDP", port: 53 },
  { protocol: "TCP", port: 53 },
];

function podSelector(zone: Zone): Record<string, unknown> {
  return Object.keys(zone.podSelector).length > 0 ? { matchLabels: zone.podSelector } : {};
}

/** The pods of a zone as seen from another namespace: its namespaces by name, and its pod labels. */
function zonePeer(zone: Zone): Peer {
  return {
    namespaceSelector: { matchExpressions: [{ key: NAMESPACE_NAME_LABEL, operator: "In", values: [...zone.namespaces] }] },
    ...(Object.keys(zone.podSelector).length > 0 ? { podSelector: { matchLabels: zone.podSelector } } : {}),
  };
}

function policyPorts(ports: ReadonlyArray<Port>): PolicyPort[] {
  return ports.map((p) => ({ protocol: p.protocol, port: p.port, ...(p.endPort !== undefined && p.endPort !== p.port ? { endPort: p.endPort } : {}) }));
}

/**
 * The ports of all flows between two zones. A flow without ports allows every port, so one such
 * flow makes the merged rule port-less.
 */
function mergedPorts(design: Design, from: string, to: string): PolicyPort[] | "all" {
  const flows = design.flows.filter((flow) => flow.from === from && flow.to === to);
  if (flows.some((flow) => flow.ports.length === 0)) return "all";
  return policyPorts(flows.flatMap((flow) => flow.ports));
}

function rule(peerKey: "from" | "to", peers: Peer[], ports: PolicyPort[] | "all"): Record<string, unknown> {
  return { [peerKey]: peers, ...(ports === "all" ? {} : { ports }) };
}

function policy(zone: Zone, namespace: string, name: string, spec: Record<string, unknown>): K8sObject {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: metadata(boundedName([zone.name, name]), namespace, { labels: { [ZONE_LABEL]: zone.name } }),
    spec: { podSelector: podSelector(zone), ...spec },
  };
}

/** Zones a zone talks to (or hears from), once each, in design order of the zones. */
function partners(design: Design, zone: Zone, direction: "in" | "out"): Zone[] {
  const names = new Set(design.flows.filter((flow) => (direction === "in" ? flow.to : flow.from) === zone.name).map((flow) => (direction === "in" ? flow.from : flow.to)));
  // Flows that name missing zones or zones without namespaces are planner findings; no rule can select them.
  return design.zones.filter((other) => names.has(other.name) && other.namespaces.length > 0);
}

function zonePolicies(design: Design, zone: Zone, namespace: string): K8sObject[] {
  const objects = [
    policy(zone, namespace, "default-deny", { policyTypes: ["Ingress", "Egress"] }),
    policy(zone, namespace, "allow-dns", { policyTypes: ["Egress"], egress: [rule("to", [DNS_PEER], DNS_PORTS)] }),
  ];
  if (zone.ingressFromOutside.length > 0) {
    // No `from`: any source, which includes the external load balancers.
    objects.push(policy(zone, namespace, "allow-external", { policyTypes: ["Ingress"], ingress: [{ ports: policyPorts(zone.ingressFromOutside) }] }));
  }
  for (const source of partners(design, zone, "in")) {
    objects.push(
      policy(zone, namespace, `allow-from-${source.name}`, { policyTypes: ["Ingress"], ingress: [rule("from", [zonePeer(source)], mergedPorts(design, source.name, zone.name))] }),
    );
  }
  for (const target of partners(design, zone, "out")) {
    objects.push(
      policy(zone, namespace, `allow-to-${target.name}`, { policyTypes: ["Egress"], egress: [rule("to", [zonePeer(target)], mergedPorts(design, zone.name, target.name))] }),
    );
  }
  return objects;
}

export function renderNetworkPolicies(design: Design): Rendered {
  const groups: ManifestGroup[] = [];
  const notes: string[] = [];
  for (const zone of design.zones) {
    if (zone.namespaces.length === 0) {
      notes.push(`Zone ${zone.name} has no namespaces: no NetworkPolicy can select its pods.`);
      continue;
    }
    groups.push({
      path: `network-policies/${zone.name}.yaml`,
      description: `NetworkPolicies of zone ${zone.name} (${zone.namespaces.join(", ")}): default deny, DNS egress and the allowed flows.`,
      objects: zone.namespaces.flatMap((namespace) => zonePolicies(design, zone, namespace)),
    });
  }
  return { groups, notes };
}
