import { formatNumber, kubernetesLimits, type GrowthLimit, type GrowthPoint, type Plan } from "@/lib/planner";

export type Concern = GrowthLimit["concern"];

export const concernNames: Record<Concern, string> = { scale: "Kubernetes limits", ip: "IP plan", fabric: "Fabric" };

/** A share of a limit as a percentage with one decimal; null when there is nothing to measure. */
function percentOf(used: number, capacity: number): number | null {
  return capacity > 0 ? Math.round((used / capacity) * 1000) / 10 : null;
}

function highest(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length > 0 ? Math.max(...known) : null;
}

/**
 * How close each concern is to its nearest limit at each growth point, in percent (100 = reached).
 * The shares are the growth points' counts over the capacities the planner measured:
 * scale: nodes over 5,000 and pods over 150,000 (Kubernetes large-cluster limits);
 * ip: the fullest pool's block utilization; fabric: spine ports over those available (three-stage
 * fabrics; a super-spine tier's ports are not in the points) and routes per leaf over the table.
 */
export function growthRows({ series, metrics }: Pick<Plan, "series" | "metrics">) {
  const { fabric } = metrics;
  const hasPools = series.ip.pools.length > 0;
  return series.growth.points.map((point: GrowthPoint) => ({
    factor: point.factor,
    nodes: point.nodes,
    scale: highest([percentOf(point.nodes, kubernetesLimits.nodes), percentOf(point.pods, kubernetesLimits.pods)]),
    ip: hasPools ? Math.round(point.maxBlockUtilization * 1000) / 10 : null,
    fabric: highest([
      fabric.superSpineCount > 0 ? null : percentOf(point.spinePortsNeeded, fabric.spinePortsAvailable),
      percentOf(point.routesPerLeaf, fabric.routeTableCapacity),
    ]),
  }));
}

export type LimitStatus = { concern: Concern; limit: string; atNodes: number; factor: number; reached: boolean };

/**
 * The first limit of each concern, with the growth factor at which it is reached and whether the
 * node count chosen on the slider has reached it. `baseNodes` is the design's node count today.
 */
export function limitStatuses(firstLimits: readonly GrowthLimit[], baseNodes: number, nodes: number): LimitStatus[] {
  return firstLimits.map((limit) => ({
    ...limit,
    factor: baseNodes > 0 ? limit.atNodes / baseNodes : Infinity,
    reached: limit.atNodes <= nodes,
  }));
}

/** The concern that breaks first as the cluster grows, in words. */
export function growthSummary(firstLimits: readonly GrowthLimit[], baseNodes: number): string {
  const first = [...firstLimits].sort((a, b) => a.atNodes - b.atNodes)[0];
  if (!first) return "No limit depends on the node count yet.";
  const factor = baseNodes > 0 ? ` (${formatFactor(first.atNodes / baseNodes)})` : "";
  return `First to break: ${first.limit} (${concernNames[first.concern]}) at ${formatNumber(first.atNodes)} nodes${factor}.`;
}

export function formatFactor(factor: number): string {
  return Number.isFinite(factor) ? `${formatNumber(Math.round(factor * 100) / 100)}×` : "—";
}
