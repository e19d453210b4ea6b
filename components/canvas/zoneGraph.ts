import type { Edge, Node } from "@xyflow/react";
import type { Design, Port, Zone } from "@/lib/design";
import type { Badge, Badges } from "./badges";

/**
 * The zones view: one node per security zone, one edge per allowed flow (a visual NetworkPolicy:
 * what is not drawn is denied). Zones without a saved position sit on a circle.
 */
export type ZoneData = { zone: Zone; badge?: Badge; highlighted: boolean };
export type ZoneNode = Node<ZoneData, "zone">;

export function formatPorts(ports: Port[]): string {
  if (ports.length === 0) return "all ports";
  return ports.map((p) => `${p.protocol} ${p.port}${p.endPort !== undefined ? `-${p.endPort}` : ""}`).join(", ");
}

export function zoneGraph({
  zones,
  flows,
  canvas,
  badges,
  highlighted,
}: {
  zones: Design["zones"];
  flows: Design["flows"];
  canvas: Design["canvas"];
  badges: Badges;
  highlighted: string | null;
}): { nodes: ZoneNode[]; edges: Edge[] } {
  const radius = Math.max(220, zones.length * 70);
  const nodes: ZoneNode[] = zones.map((zone, i) => {
    const id = `zone:${zone.name}`;
    const angle = (2 * Math.PI * i) / Math.max(1, zones.length) - Math.PI / 2;
    return {
      id,
      type: "zone",
      position: canvas.positions[id] ?? { x: Math.round(radius * Math.cos(angle)) - 90, y: Math.round(radius * Math.sin(angle)) - 40 },
      data: { zone, badge: badges.get(id), highlighted: highlighted === id },
    };
  });
  const names = new Set(zones.map((z) => z.name));
  const edges: Edge[] = flows.flatMap((flow, i) => {
    if (!names.has(flow.from) || !names.has(flow.to)) return [];
    return [
      {
        id: `flow:${i}`,
        source: `zone:${flow.from}`,
        target: `zone:${flow.to}`,
        label: formatPorts(flow.ports),
        markerEnd: { type: "arrowclosed" as const, width: 18, height: 18 },
        className: highlighted === `flow:${i}` ? "flow-link flow-highlighted" : "flow-link",
        data: { flow },
      },
    ];
  });
  return { nodes, edges };
}
