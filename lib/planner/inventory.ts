import { toPointer, type Design, type NodePool, type NodeRole, type RackGroup } from "../design";
import { report } from "./catalogue";
import type { Finding } from "./types";

/**
 * Node counts follow from the racks (racks x nodes per rack per placement), never from a count
 * stored twice. Computed once per plan and shared by every concern; cost is linear in rack groups
 * and placements, never in racks or nodes.
 */
export type PlacedPool = { pool: NodePool; nodesPerRack: number };

export type RackGroupInventory = {
  index: number;
  group: RackGroup;
  /** Placements whose node pool exists (the others are reported as unknown references). */
  placements: PlacedPool[];
  nodesPerRack: number;
  nodes: number;
  leaves: number;
  /** NIC ports the nodes of one rack plug into its leaves. */
  nicPortsPerRack: number;
};

export type PoolInventory = {
  index: number;
  pool: NodePool;
  nodes: number;
  /** Racks (of any group) holding at least one node of the pool. */
  racks: number;
  /** Rack groups holding the pool, by index into design.racks. */
  rackGroups: number[];
};

export type Inventory = {
  rackGroups: RackGroupInventory[];
  pools: Map<string, PoolInventory>;
  nodesByRole: Record<NodeRole, number>;
  totalNodes: number;
  totalRacks: number;
  totalLeaves: number;
  findings: Finding[];
};

export function buildInventory(design: Design): Inventory {
  const pools = new Map<string, PoolInventory>();
  design.nodePools.forEach((pool, index) => pools.set(pool.name, { index, pool, nodes: 0, racks: 0, rackGroups: [] }));
  const nodesByRole: Record<NodeRole, number> = { "control-plane": 0, worker: 0, storage: 0, dedicated: 0 };
  const findings: Finding[] = [];
  let totalNodes = 0;
  let totalRacks = 0;
  let totalLeaves = 0;

  const rackGroups = design.racks.map((group, index): RackGroupInventory => {
    const placements: PlacedPool[] = [];
    group.placements.forEach((placement, placementIndex) => {
      const entry = pools.get(placement.pool);
      if (!entry) {
        findings.push(
          report("design.unknown-reference", toPointer(["racks", index, "placements", placementIndex, "pool"]), {
            element: `Rack group "${group.name}"`,
            kind: "node pool",
            name: placement.pool,
          }),
        );
        return;
      }
      placements.push({ pool: entry.pool, nodesPerRack: placement.nodesPerRack });
      entry.nodes += placement.nodesPerRack * group.count;
      if (entry.rackGroups.at(-1) !== index) {
        entry.racks += group.count;
        entry.rackGroups.push(index);
      }
      nodesByRole[entry.pool.role] += placement.nodesPerRack * group.count;
    });
    const nodesPerRack = placements.reduce((sum, p) => sum + p.nodesPerRack, 0);
    const nicPortsPerRack = placements.reduce((sum, p) => sum + p.nodesPerRack * p.pool.nics.count, 0);
    const nodes = nodesPerRack * group.count;
    const leaves = group.count * group.leavesPerRack;
    totalNodes += nodes;
    totalRacks += group.count;
    totalLeaves += leaves;
    return { index, group, placements, nodesPerRack, nodes, leaves, nicPortsPerRack };
  });

  const target = design.cluster.targetNodes;
  if (target > 0 && target !== totalNodes) {
    findings.push(
      report("design.target-nodes-mismatch", "/cluster/targetNodes", { nodes: totalNodes, target }, {
        path: "/cluster/targetNodes",
        value: totalNodes,
        label: `Set targetNodes to ${totalNodes}`,
      }),
    );
  }

  return { rackGroups, pools, nodesByRole, totalNodes, totalRacks, totalLeaves, findings };
}
