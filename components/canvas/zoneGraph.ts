import type { Edge, Node } from "@xyflow/react";
import type { Design, Port, Zone } from "@/lib/design";
import type { Badge, Badges, Severity } from "./badges";

/** Tailwind's red-600, amber-500 and sky-600: the badge colours, for SVG strokes. */
const severityStroke: Record<Severity, string> = { error: "#dc2626", warning: "#f59e0b", info: "#0284c7" };
const highlightStroke = "#fbbf24";

/**
 * The zones view: one node per security zone, one edge per allowed flow (a visual NetworkPolicy:
 * what is not drawn is denied). Zones without a saved position are laid out in columns by how far
 * traffic travels to reach them (see zoneLayout).
 */
export type ZoneData = { zone: Zone; badge?: Badge; highlighted: boolean };
export type ZoneNode = Node<ZoneData, "zone">;

const LAYOUT = { x: 250, y: 170 };
/** About the drawn size of a zone node, to find its centre. */
const ZONE_SIZE = { width: 180, height: 80 };

type Point = { x: number; y: number };
type Side = "left" | "right" | "top" | "bottom";
const opposite: Record<Side, Side> = { left: "right", right: "left", top: "bottom", bottom: "top" };

/** The side of `from` that faces `to`, by the larger of the horizontal and vertical distances. */
function facingSide(from: Point, to: Point): Side {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (Math.abs(dx) >= Math.abs(dy) * (ZONE_SIZE.width / ZONE_SIZE.height)) return dx >= 0 ? "right" : "left";
  return dy >= 0 ? "bottom" : "top";
}

/**
 * Columns by the order traffic flows: zones open to the outside, or that no flow reaches, in the
 * first column; every other zone one column right of the nearest zone that sends it traffic
 * (breadth-first, so cycles end). Within a column, zones keep document order.
 */
export function zoneLayout(zones: Design["zones"], flows: Design["flows"]): Map<string, { x: number; y: number }> {
  const names = zones.map((z) => z.name);
  const inbound = new Set(flows.filter((f) => f.from !== f.to).map((f) => f.to));
  const column = new Map<string, number>();
  let frontier = zones.filter((z) => z.ingressFromOutside.length > 0 || !inbound.has(z.name)).map((z) => z.name);
  if (frontier.length === 0 && names[0]) frontier = [names[0]];
  for (let depth = 0; frontier.length > 0; depth++) {
    for (const name of frontier) column.set(name, depth);
    frontier = [...new Set(flows.filter((f) => frontier.includes(f.from) && !column.has(f.to) && names.includes(f.to)).map((f) => f.to))];
  }
  const rows = new Map<number, number>();
  const positions = new Map<string, { x: number; y: number }>();
  for (const name of names) {
    // Zones only reachable through a cycle that starts nowhere go after the last column.
    const col = column.get(name) ?? Math.max(0, ...column.values()) + 1;
    const row = rows.get(col) ?? 0;
    rows.set(col, row + 1);
    positions.set(name, { x: col * LAYOUT.x, y: row * LAYOUT.y });
  }
  return positions;
}

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
  const layout = zoneLayout(zones, flows);
  const nodes: ZoneNode[] = zones.map((zone) => {
    const id = `zone:${zone.name}`;
    return {
      id,
      type: "zone",
      position: canvas.positions[id] ?? layout.get(zone.name) ?? { x: 0, y: 0 },
      data: { zone, badge: badges.get(id), highlighted: highlighted === id },
    };
  });
  const centres = new Map(nodes.map((n) => [n.data.zone.name, { x: n.position.x + ZONE_SIZE.width / 2, y: n.position.y + ZONE_SIZE.height / 2 }]));
  const edges: Edge[] = flows.flatMap((flow, i) => {
    const from = centres.get(flow.from);
    const to = centres.get(flow.to);
    if (!from || !to) return [];
    const side = facingSide(from, to);
    // A flow back along an earlier one would be drawn on top of it, label and all: it takes a
    // stepped path instead.
    const returning = flows.slice(0, i).some((earlier) => earlier.from === flow.to && earlier.to === flow.from);
    const id = `flow:${i}`;
    // An edge has no corner for a badge: its findings go into its label, in the badge's colour.
    const badge = badges.get(id);
    const lit = highlighted === id;
    return [
      {
        id,
        source: `zone:${flow.from}`,
        sourceHandle: side,
        target: `zone:${flow.to}`,
        targetHandle: opposite[side],
        type: returning ? "smoothstep" : undefined,
        label: badge ? `${formatPorts(flow.ports)} · ${badge.count} ${badge.worst}${badge.count === 1 ? "" : "s"}` : formatPorts(flow.ports),
        labelStyle: badge ? { fill: severityStroke[badge.worst], fontWeight: 600 } : undefined,
        style: lit ? { stroke: highlightStroke, strokeWidth: 3 } : badge ? { stroke: severityStroke[badge.worst] } : undefined,
        markerEnd: { type: "arrowclosed" as const, width: 18, height: 18 },
        className: "flow-link",
        data: { flow },
      },
    ];
  });
  return { nodes, edges };
}
