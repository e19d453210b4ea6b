import { Address4, Address6 } from "ip-address";
import { parseCidr, type Design, type NodeNetwork, type RackGroup } from "@/lib/design";
import { boundedName } from "./names";

/** One physical rack of a rack group, as the BGP peering and the Ceph topology see it. */
export type Rack = {
  group: RackGroup;
  /** 1-based position inside its group. */
  index: number;
  /** Value of the rack node label: "<group>-<index>". */
  label: string;
  /** AS number of the rack's leaves and nodes. */
  asNumber: number;
  /** Addresses of the rack's leaves in the rack's node subnet, when a rack node network serves it. */
  leafAddresses: string[];
};

type RackNetwork = Extract<NodeNetwork, { scope: "rack" }>;

/**
 * Every rack of the design, group by group in design order. AS numbers follow the design schema's
 * rule (fabric.bgp.asnBase for the first rack, counting up per rack when asnPerRack is set), the
 * "AS per rack" model of Calico over IP fabrics
 * (https://docs.tigera.io/calico/latest/reference/architecture/design/l3-interconnect-fabric).
 *
 * Leaf addresses follow the bundle's addressing convention, stated in the README: a rack node
 * network hands its racks consecutive subnets of `subnetPrefix` in design order, and the leaves
 * of a rack hold the first host addresses of its subnet (.1, .2), before the other gateways.
 */
export function expandRacks(design: Design): Rack[] {
  const { asnBase, asnPerRack } = design.fabric.bgp;
  const subnetIndex = new Map<string, number>();
  const racks: Rack[] = [];
  let position = 0;
  for (const group of design.racks) {
    const network = rackNetworkFor(design, group.name);
    for (let index = 1; index <= group.count; index += 1) {
      let leafAddresses: string[] = [];
      if (network) {
        const k = subnetIndex.get(network.name) ?? 0;
        subnetIndex.set(network.name, k + 1);
        leafAddresses = leafAddressesOf(network, k, group.leavesPerRack);
      }
      racks.push({
        group,
        index,
        label: boundedName([group.name, index]),
        asNumber: asnPerRack ? asnBase + position : asnBase,
        leafAddresses,
      });
      position += 1;
    }
  }
  return racks;
}

function rackNetworkFor(design: Design, group: string): RackNetwork | undefined {
  return design.ipPlan.nodeNetworks.find(
    (network): network is RackNetwork => network.scope === "rack" && (network.rackGroups.length === 0 || network.rackGroups.includes(group)),
  );
}

/** The first `leaves` host addresses of subnet `k`, or none when the supernet has no subnet k. */
function leafAddressesOf(network: RackNetwork, k: number, leaves: number): string[] {
  const parsed = parseCidr(network.cidr);
  if (!parsed.ok || network.subnetPrefix < parsed.value.prefix) return [];
  const bits = parsed.value.family === 4 ? 32 : 128;
  const size = 1n << BigInt(bits - network.subnetPrefix);
  const base = parsed.value.first + BigInt(k) * size;
  if (base + size - 1n > parsed.value.last || size < BigInt(leaves + 2)) return [];
  return Array.from({ length: leaves }, (_, i) => {
    const address = base + BigInt(i + 1);
    return parsed.value.family === 4 ? Address4.fromBigInt(address).correctForm() : Address6.fromBigInt(address).correctForm();
  });
}
