import type { Design, PodPool } from "@/lib/design";
import { NODE_POOL_LABEL, RACK_LABEL, ROUTE_REFLECTOR_LABEL } from "./labels";
import { metadata } from "./metadata";
import { boundedName } from "./names";
import { expandRacks } from "./racks";
import type { K8sObject, ManifestGroup, Rendered } from "./types";

// The user-facing Calico API (projectcalico.org/v3), applied with kubectl through the Calico API
// server or with calicoctl (https://docs.tigera.io/calico/latest/reference/resources/).
const API_VERSION = "projectcalico.org/v3";

/** Encapsulation overhead in bytes (https://docs.tigera.io/calico/latest/networking/configuring/mtu). */
const OVERHEAD_BYTES = { ipip: 20, vxlan: 50, wireguardV4: 60, wireguardV6: 80 } as const;

type TunnelMode = "Never" | "Always" | "CrossSubnet";

export function usesCalico(design: Design): boolean {
  return design.network.overlay.startsWith("calico-");
}

/** Calico runs BGP for routed pools and for IPIP; a VXLAN-only install has no BGP to configure. */
function usesBgp(design: Design): boolean {
  return design.network.overlay === "calico-bgp" || design.network.overlay === "calico-ipip";
}

/**
 * The pool's own encapsulation wins; a pool left at "none" follows the cluster overlay
 * (calico-ipip: IPIP always, calico-vxlan: VXLAN always, calico-bgp: routed, no tunnel).
 */
export function tunnelModes(pool: PodPool, design: Design): { ipipMode: TunnelMode; vxlanMode: TunnelMode } {
  const never = { ipipMode: "Never", vxlanMode: "Never" } as const;
  switch (pool.encapsulation) {
    case "ipip":
      return { ...never, ipipMode: "Always" };
    case "ipip-cross-subnet":
      return { ...never, ipipMode: "CrossSubnet" };
    case "vxlan":
      return { ...never, vxlanMode: "Always" };
    case "vxlan-cross-subnet":
      return { ...never, vxlanMode: "CrossSubnet" };
    case "none":
      if (design.network.overlay === "calico-ipip") return { ...never, ipipMode: "Always" };
      if (design.network.overlay === "calico-vxlan") return { ...never, vxlanMode: "Always" };
      return never;
  }
}

/** Calico selector syntax (https://docs.tigera.io/calico/latest/reference/resources/ippool#node-selector). */
export function nodePoolSelector(nodePools: ReadonlyArray<string>): string {
  if (nodePools.length === 0) return "all()";
  return `${NODE_POOL_LABEL} in { ${nodePools.map((pool) => `'${pool}'`).join(", ")} }`;
}

function ipPools(design: Design): K8sObject[] {
  return design.ipPlan.podPools.map((pool) => ({
    apiVersion: API_VERSION,
    kind: "IPPool",
    metadata: metadata(pool.name),
    spec: {
      cidr: pool.cidr,
      blockSize: pool.blockSize,
      ...tunnelModes(pool, design),
      natOutgoing: pool.natOutgoing,
      nodeSelector: nodePoolSelector(pool.nodePools),
      disabled: pool.disabled,
    },
  }));
}

function ipReservations(design: Design): K8sObject[] {
  return design.ipPlan.reserved.map((range) => ({
    apiVersion: API_VERSION,
    kind: "IPReservation",
    metadata: metadata(range.name),
    spec: { reservedCIDRs: [range.cidr] },
  }));
}

/**
 * The default BGPConfiguration. The node-to-node full mesh is for small clusters only (about 100
 * nodes, https://docs.tigera.io/calico/latest/networking/configuring/bgp); with ToR peering or
 * route reflectors it is off. Service and load-balancer ranges are advertised to the fabric.
 */
function bgpConfiguration(design: Design): K8sObject {
  const { bgp } = design.fabric;
  return {
    apiVersion: API_VERSION,
    kind: "BGPConfiguration",
    metadata: metadata("default"),
    spec: {
      asNumber: bgp.asnBase,
      nodeToNodeMeshEnabled: bgp.mode === "full-mesh",
      logSeverityScreen: "Info",
      serviceClusterIPs: [{ cidr: design.ipPlan.serviceCidr }],
      ...(design.network.loadBalancer.addressRange ? { serviceLoadBalancerIPs: [{ cidr: design.network.loadBalancer.addressRange }] } : {}),
    },
  };
}

/**
 * ToR mode: the nodes of each rack peer with the rack's leaves, inside the rack's AS (iBGP to the
 * ToR, "AS per rack" model). Route-reflector mode: every node peers with the nodes labelled as
 * reflectors (https://docs.tigera.io/calico/latest/networking/configuring/bgp#configure-a-node-to-act-as-a-route-reflector).
 */
function bgpPeers(design: Design): K8sObject[] {
  const { mode } = design.fabric.bgp;
  if (mode === "route-reflector") {
    return [
      {
        apiVersion: API_VERSION,
        kind: "BGPPeer",
        metadata: metadata("peer-with-route-reflectors"),
        spec: { nodeSelector: "all()", peerSelector: `${ROUTE_REFLECTOR_LABEL} == 'true'` },
      },
    ];
  }
  if (mode !== "tor") return [];
  return expandRacks(design).flatMap((rack) =>
    rack.leafAddresses.map((peerIP, leaf) => ({
      apiVersion: API_VERSION,
      kind: "BGPPeer",
      metadata: metadata(boundedName([rack.label, "leaf", leaf + 1])),
      spec: {
        nodeSelector: `${RACK_LABEL} == '${rack.label}'`,
        peerIP,
        asNumber: rack.asNumber,
        localASNumber: rack.asNumber,
      },
    })),
  );
}

/**
 * Felix needs explicit settings only when packets are encapsulated or encrypted: the tunnel MTU is
 * the fabric MTU minus the header each one adds.
 */
function felixConfiguration(design: Design): K8sObject | undefined {
  const modes = design.ipPlan.podPools.map((pool) => tunnelModes(pool, design));
  const ipip = modes.some((mode) => mode.ipipMode !== "Never");
  const vxlan = modes.some((mode) => mode.vxlanMode !== "Never");
  const { wireguard } = design.network;
  if (!ipip && !vxlan && !wireguard) return undefined;
  const mtu = design.fabric.mtu;
  return {
    apiVersion: API_VERSION,
    kind: "FelixConfiguration",
    metadata: metadata("default"),
    spec: {
      ...(ipip ? { ipipEnabled: true, ipipMTU: mtu - OVERHEAD_BYTES.ipip } : {}),
      ...(vxlan ? { vxlanEnabled: true, vxlanMTU: mtu - OVERHEAD_BYTES.vxlan } : {}),
      ...(wireguard ? { wireguardEnabled: true, wireguardMTU: mtu - OVERHEAD_BYTES.wireguardV4, wireguardMTUV6: mtu - OVERHEAD_BYTES.wireguardV6 } : {}),
    },
  };
}

export function renderCalico(design: Design): Rendered {
  if (!usesCalico(design)) {
    return { groups: [], notes: [`The overlay is ${design.network.overlay}: the bundle holds no Calico resources.`] };
  }
  const groups: ManifestGroup[] = [];
  const notes: string[] = [];
  groups.push({ path: "calico/ippools.yaml", description: "Calico IPPools, one per pod pool (CIDR, block size, encapsulation, NAT, node selector).", objects: ipPools(design) });
  const reservations = ipReservations(design);
  if (reservations.length > 0) {
    groups.push({ path: "calico/ipreservations.yaml", description: "Calico IPReservations: ranges inside the pools that IPAM must not hand out.", objects: reservations });
  }
  if (usesBgp(design)) {
    groups.push({ path: "calico/bgpconfiguration.yaml", description: "The default Calico BGPConfiguration: AS number, node-to-node mesh, advertised service ranges.", objects: [bgpConfiguration(design)] });
    const peers = bgpPeers(design);
    if (peers.length > 0) {
      groups.push({ path: "calico/bgppeers.yaml", description: `Calico BGPPeers for ${design.fabric.bgp.mode === "tor" ? "per-rack peering with the ToR leaves" : "peering with the route reflectors"}.`, objects: peers });
    }
    notes.push(...bgpNotes(design));
  }
  const felix = felixConfiguration(design);
  if (felix) groups.push({ path: "calico/felixconfiguration.yaml", description: "The default Calico FelixConfiguration: tunnel and WireGuard MTUs.", objects: [felix] });
  return { groups, notes };
}

function bgpNotes(design: Design): string[] {
  const { mode } = design.fabric.bgp;
  if (mode === "route-reflector") {
    return [
      `Label ${design.fabric.bgp.routeReflectors} nodes \`${ROUTE_REFLECTOR_LABEL}=true\` and give each a \`routeReflectorClusterID\` in its Calico Node resource before applying calico/bgppeers.yaml.`,
    ];
  }
  if (mode !== "tor") return [];
  const unpeered = [...new Set(expandRacks(design).filter((rack) => rack.leafAddresses.length === 0).map((rack) => rack.group.name))];
  return [
    `ToR peering: label every node \`${RACK_LABEL}=<rack group>-<n>\` (n counts the racks of a group from 1). Leaf addresses are the first host addresses of each rack's subnet, the subnets taken in design order from the rack node network.`,
    ...(unpeered.length > 0 ? [`No rack node network gives leaf addresses to the racks of ${unpeered.join(", ")}: add BGPPeers for their leaves by hand.`] : []),
  ];
}
