import type { Design } from "../design";
import type { FabricMetrics } from "./fabric";
import type { Inventory } from "./inventory";

export type PortGroup = { kind: "downlink" | "uplink"; speedGbps: number; total: number; used: number; free: number };
export type SwitchLine = { tier: "leaf" | "spine" | "super-spine"; model: string; count: number; ports: PortGroup[] };
export type LinkLine = {
  link: "node-leaf" | "leaf-spine" | "spine-super-spine";
  speedGbps: number;
  count: number;
  /** Direct-attach copper inside a rack, fibre between racks. */
  cable: "dac" | "fibre";
  /** Transceivers: none on DAC (the cable carries its own ends), two per fibre link. */
  optics: number;
};
export type BomMetrics = { switches: SwitchLine[]; links: LinkLine[]; totalSwitches: number; totalCables: number; totalOptics: number };

function portGroup(kind: PortGroup["kind"], speedGbps: number, total: number, used: number): PortGroup {
  return { kind, speedGbps, total, used: Math.min(used, total), free: Math.max(0, total - used) };
}

/**
 * Bill of materials from the fabric plan. Node NICs reach their leaves inside the rack over DAC
 * (25GBASE-CR reaches 3-5 m, IEEE 802.3by); leaf-spine and spine-super-spine links leave the rack
 * over fibre with a transceiver at each end (RFC 7938's Clos: every leaf to every spine).
 */
export function planBom(design: Design, inventory: Inventory, fabric: FabricMetrics): BomMetrics {
  const { leaf, spine, superSpine } = design.fabric;
  const leafDownUsed = fabric.leaves.reduce((sum, l) => sum + l.leafCount * Math.min(l.portsUsed, leaf.downlinkPorts), 0);
  const leafSpineLinks = fabric.leafCount * fabric.uplinksPerLeaf;
  const spineUpPorts = fabric.spineUplinkPorts;
  const spineSuperLinks = fabric.spineCount * spineUpPorts;

  const switches: SwitchLine[] = [
    {
      tier: "leaf",
      model: leaf.model,
      count: fabric.leafCount,
      ports: [
        portGroup("downlink", leaf.downlinkSpeedGbps, fabric.leafCount * leaf.downlinkPorts, leafDownUsed),
        portGroup("uplink", leaf.uplinkSpeedGbps, fabric.leafCount * leaf.uplinkPorts, leafSpineLinks),
      ],
    },
    {
      tier: "spine",
      model: spine.model,
      count: fabric.spineCount,
      ports: [
        portGroup("downlink", spine.portSpeedGbps, fabric.spineCount * (spine.ports - spineUpPorts), leafSpineLinks),
        ...(superSpine ? [portGroup("uplink", spine.portSpeedGbps, fabric.spineCount * spineUpPorts, spineSuperLinks)] : []),
      ],
    },
    ...(superSpine
      ? [{ tier: "super-spine" as const, model: superSpine.model, count: superSpine.count, ports: [portGroup("downlink", superSpine.portSpeedGbps, superSpine.count * superSpine.ports, spineSuperLinks)] }]
      : []),
  ];

  // Node links grouped by speed: a NIC runs at the slower of its own and the leaf port's speed.
  const nodeLinks = new Map<number, number>();
  for (const group of inventory.rackGroups) {
    for (const { pool, nodesPerRack } of group.placements) {
      const speed = Math.min(pool.nics.speedGbps, leaf.downlinkSpeedGbps);
      nodeLinks.set(speed, (nodeLinks.get(speed) ?? 0) + nodesPerRack * group.group.count * pool.nics.count);
    }
  }
  const fibre = (link: LinkLine["link"], speedGbps: number, count: number): LinkLine => ({ link, speedGbps, count, cable: "fibre", optics: 2 * count });
  const links: LinkLine[] = [
    ...[...nodeLinks.entries()].sort(([a], [b]) => a - b).map(([speedGbps, count]): LinkLine => ({ link: "node-leaf", speedGbps, count, cable: "dac", optics: 0 })),
    fibre("leaf-spine", fabric.leafSpineLinkGbps, leafSpineLinks),
    ...(superSpine ? [fibre("spine-super-spine", Math.min(spine.portSpeedGbps, superSpine.portSpeedGbps), spineSuperLinks)] : []),
  ].filter((line) => line.count > 0);

  return {
    switches,
    links,
    totalSwitches: switches.reduce((sum, s) => sum + s.count, 0),
    totalCables: links.reduce((sum, l) => sum + l.count, 0),
    totalOptics: links.reduce((sum, l) => sum + l.optics, 0),
  };
}
