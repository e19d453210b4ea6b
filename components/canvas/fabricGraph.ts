import type { Edge, Node } from "@xyflow/react";
import type { Design, NodePool, PodPool, RackGroup } from "@/lib/design";
import type { Badge, Badges } from "./badges";

/**
 * The fabric view as React Flow nodes and edges, derived from the document alone (a pure function:
 * the canvas memoizes it on the document's sections). Rows from the top: super-spine, spine tier,
 * rack groups with their leaves, node pools, pod pools. A rack group is one node with a count until
 * it is expanded (canvas.expanded), then one child node per rack with its leaves, and one edge from
 * every leaf to every spine: the reference design's 250 leaves x 8 spines make 2,000 links.
 */

export type SpineData = { tier: "spine" | "superspine"; model: string; count: number; portSpeedGbps: number; ports: number; badge?: Badge; highlighted: boolean };
export type RackGroupData = {
  group: RackGroup;
  expanded: boolean;
  nodes: number;
  leaves: number;
  leafModel: string;
  uplinkGbpsPerLeaf: number;
  poolNics: Record<string, number>;
  badge?: Badge;
  highlighted: boolean;
};
export type RackData = { group: string; index: number; leavesPerRack: number };
export type PoolData = { pool: NodePool; nodes: number; badge?: Badge; highlighted: boolean };
export type PodPoolData = { pool: PodPool; badge?: Badge; highlighted: boolean };

export type FabricNode =
  | Node<SpineData, "spine">
  | Node<RackGroupData, "rackGroup">
  | Node<RackData, "rack">
  | Node<PoolData, "pool">
  | Node<PodPoolData, "podPool">;

export const SPINE_SLOT = 40;
export const RACK_SIZE = { width: 92, height: 56, gap: 8, columns: 12, header: 96, padding: 12 };
const COLLAPSED_WIDTH = 240;
/** Rows from the top; node pools sit this far below the tallest rack group, pod pools below them. */
const ROW = { superspine: -170, spine: 0, racks: 190, poolsBelowRacks: 130, podPoolsBelowPools: 170 };
const GAP = 48;

export function spineWidth(count: number): number {
  return Math.max(220, count * SPINE_SLOT + 24);
}

export function rackGroupSize(group: RackGroup, expanded: boolean): { width: number; height: number } {
  if (!expanded) return { width: COLLAPSED_WIDTH, height: 150 };
  const columns = Math.min(group.count, RACK_SIZE.columns);
  const rows = Math.ceil(group.count / RACK_SIZE.columns);
  return {
    width: Math.max(COLLAPSED_WIDTH, RACK_SIZE.padding * 2 + columns * (RACK_SIZE.width + RACK_SIZE.gap) - RACK_SIZE.gap),
    height: RACK_SIZE.header + RACK_SIZE.padding + rows * (RACK_SIZE.height + RACK_SIZE.gap),
  };
}

/**
 * Lays a row of widths out side by side from x = 0. Rows start on the left rather than centred so
 * that adding an element appends to its row without moving the ones already drawn.
 */
function row(widths: number[]): number[] {
  let x = 0;
  return widths.map((w) => {
    const at = x;
    x += w + GAP;
    return at;
  });
}

const formatGbps = (gbps: number) => (gbps >= 1000 ? `${+(gbps / 1000).toFixed(1)} Tbps` : `${+gbps.toFixed(1)} Gbps`);
const formatCount = (n: number) => n.toLocaleString("en-US");

export type FabricGraphInput = {
  fabric: Design["fabric"];
  racks: Design["racks"];
  nodePools: Design["nodePools"];
  podPools: Design["ipPlan"]["podPools"];
  canvas: Design["canvas"];
  badges: Badges;
  highlighted: string | null;
};

export function fabricGraph({ fabric, racks, nodePools, podPools, canvas, badges, highlighted }: FabricGraphInput): { nodes: FabricNode[]; edges: Edge[] } {
  const nodes: FabricNode[] = [];
  const edges: Edge[] = [];
  const expanded = new Set(canvas.expanded);
  const at = (id: string, fallback: { x: number; y: number }) => canvas.positions[id] ?? fallback;
  const poolsByName = new Map(nodePools.map((p) => [p.name, p]));
  const spine = fabric.spine;
  const uplinkSpeed = fabric.leaf.uplinkSpeedGbps;
  const links = fabric.linksPerLeafPerSpine;

  // The spine tier and the super-spine tier are drawn alike: one node per tier, as wide as its switches.
  const tierNode = (tier: SpineData["tier"], model: typeof spine | NonNullable<typeof fabric.superSpine>): Node<SpineData, "spine"> => ({
    id: tier,
    type: "spine",
    position: at(tier, { x: 0, y: ROW[tier] }),
    data: { tier, model: model.model, count: model.count, ports: model.ports, portSpeedGbps: model.portSpeedGbps, badge: badges.get(tier), highlighted: highlighted === tier },
    style: { width: spineWidth(model.count) },
  });
  nodes.push(tierNode("spine", spine));
  if (fabric.superSpine) {
    const ss = fabric.superSpine;
    nodes.push(tierNode("superspine", ss));
    const count = spine.count * ss.count;
    edges.push({ id: "uplink:spine", source: "spine", sourceHandle: "up", target: "superspine", targetHandle: "down", label: `${formatCount(count)} × ${ss.portSpeedGbps}G`, className: "fabric-link" });
  }

  const sizes = racks.map((g) => rackGroupSize(g, expanded.has(`rack:${g.name}`)));
  const rackX = row(sizes.map((s) => s.width));
  const poolsY = ROW.racks + Math.max(150, ...sizes.map((s) => s.height)) + ROW.poolsBelowRacks;
  racks.forEach((group, i) => {
    const id = `rack:${group.name}`;
    const isExpanded = expanded.has(id);
    const size = sizes[i] ?? { width: COLLAPSED_WIDTH, height: 150 };
    const nodesInGroup = group.count * group.placements.reduce((sum, p) => sum + p.nodesPerRack, 0);
    const leaves = group.count * group.leavesPerRack;
    const poolNics: Record<string, number> = {};
    for (const p of group.placements) poolNics[p.pool] = poolsByName.get(p.pool)?.nics.count ?? 0;
    nodes.push({
      id,
      type: "rackGroup",
      position: at(id, { x: rackX[i] ?? 0, y: ROW.racks }),
      data: {
        group,
        expanded: isExpanded,
        nodes: nodesInGroup,
        leaves,
        leafModel: fabric.leaf.model,
        uplinkGbpsPerLeaf: fabric.leaf.uplinkPorts * uplinkSpeed,
        poolNics,
        badge: badges.get(id),
        highlighted: highlighted === id,
      },
      // Collapsed, the node grows with its placements; expanded, it is the frame of its racks.
      style: isExpanded ? { width: size.width, height: size.height } : { width: size.width },
    });
    if (!isExpanded) {
      const count = leaves * spine.count * links;
      edges.push({
        id: `uplink:${group.name}`,
        source: id,
        sourceHandle: "up",
        target: "spine",
        targetHandle: "in",
        label: `${formatCount(count)} × ${uplinkSpeed}G · ${formatGbps(count * uplinkSpeed)}`,
        className: "fabric-link",
      });
      return;
    }
    for (let r = 0; r < group.count; r++) {
      const rackId = `${id}#${r}`;
      nodes.push({
        id: rackId,
        type: "rack",
        parentId: id,
        extent: "parent",
        draggable: false,
        selectable: false,
        position: {
          x: RACK_SIZE.padding + (r % RACK_SIZE.columns) * (RACK_SIZE.width + RACK_SIZE.gap),
          y: RACK_SIZE.header + Math.floor(r / RACK_SIZE.columns) * (RACK_SIZE.height + RACK_SIZE.gap),
        },
        data: { group: group.name, index: r, leavesPerRack: group.leavesPerRack },
        style: { width: RACK_SIZE.width, height: RACK_SIZE.height },
      });
      for (let leaf = 0; leaf < group.leavesPerRack; leaf++) {
        for (let s = 0; s < spine.count; s++) {
          // Thousands of these: drawn only, neither focusable nor clickable (the rack group is).
          edges.push({
            id: `uplink:${group.name}#${r}/${leaf}/${s}`,
            source: rackId,
            sourceHandle: `leaf-${leaf}`,
            target: "spine",
            targetHandle: `s${s}`,
            className: "fabric-link",
            focusable: false,
            selectable: false,
            interactionWidth: 0,
          });
        }
      }
    }
  });

  const nodesPerPool = new Map<string, number>();
  for (const group of racks) for (const p of group.placements) nodesPerPool.set(p.pool, (nodesPerPool.get(p.pool) ?? 0) + group.count * p.nodesPerRack);
  const poolX = row(nodePools.map(() => 200));
  nodePools.forEach((pool, i) => {
    const id = `pool:${pool.name}`;
    nodes.push({
      id,
      type: "pool",
      position: at(id, { x: poolX[i] ?? 0, y: poolsY }),
      data: { pool, nodes: nodesPerPool.get(pool.name) ?? 0, badge: badges.get(id), highlighted: highlighted === id },
    });
  });
  for (const group of racks) {
    for (const p of group.placements) {
      const pool = poolsByName.get(p.pool);
      edges.push({
        id: `placement:${group.name}/${p.pool}`,
        source: `pool:${p.pool}`,
        sourceHandle: "racks",
        target: `rack:${group.name}`,
        targetHandle: "nodes",
        // The NICs are on the pool's node; the edge says only how many nodes each rack takes.
        label: `${p.nodesPerRack}/rack`,
        className: "placement-link",
        hidden: !pool,
      });
    }
  }

  const podX = row(podPools.map(() => 200));
  podPools.forEach((pool, i) => {
    const id = `podpool:${pool.name}`;
    nodes.push({ id, type: "podPool", position: at(id, { x: podX[i] ?? 0, y: poolsY + ROW.podPoolsBelowPools }), data: { pool, badge: badges.get(id), highlighted: highlighted === id } });
    for (const nodePool of pool.nodePools) {
      if (!poolsByName.has(nodePool)) continue;
      edges.push({ id: `podpool-link:${pool.name}/${nodePool}`, source: id, sourceHandle: "nodes", target: `pool:${nodePool}`, targetHandle: "pods", className: "podpool-link" });
    }
  });

  return { nodes, edges };
}
