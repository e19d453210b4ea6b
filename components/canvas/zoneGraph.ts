import type { Edge, Node } from "@xyflow/react";
import type { Design, Port, Zone } from "@/lib/design";
import type { Badge, Badges } from "./badges";

/**
 * The zones view: one node per security zone, one edge per allowed flow (a visual NetworkPolicy:
 * what is not drawn is denied). Zones without a saved position sit on a grid, in document order, so
 * that a new zone takes the next cell and moves none of the others.
 */
export type ZoneData = { zone: Zone; badge?: Badge; highlighted: boolean };
export type ZoneNode = Node<ZoneData, "zone">;

const GRID = { columns: 3, x: 320, y: 200 };

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
  const nodes: ZoneNode[] = zones.map((zone, i) => {
    const id = `zone:${zone.name}`;
    return {
      id,
      type: "zone",
      position: canvas.positions[id] ?? { x: (i % GRID.columns) * GRID.x, y: Math.floor(i / GRID.columns) * GRID.y },
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
