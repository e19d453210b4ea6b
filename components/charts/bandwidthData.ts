import { formatNumber, type BandwidthSeries } from "@/lib/planner";

/** Uplink capacity over expected demand: below 1 the uplinks are the bottleneck at peak. */
export function headroom(capacityGbps: number, demandGbps: number): number {
  if (demandGbps <= 0) return Infinity;
  return capacityGbps / demandGbps;
}

export function formatHeadroom(ratio: number): string {
  return Number.isFinite(ratio) ? `${formatNumber(Math.round(ratio * 100) / 100)}×` : "no demand";
}

/** The spine tier as one category with two bars: what it carries against what crosses racks at peak. */
export function spineRows({ spine }: BandwidthSeries) {
  return [{ name: "Spine tier", capacityGbps: spine.capacityGbps, crossRackDemandGbps: spine.crossRackDemandGbps }];
}

/** The rack group whose uplinks have the least headroom over their demand, if any group has demand. */
export function tightestRackGroup({ rackGroups }: BandwidthSeries) {
  let tightest: { rackGroup: string; ratio: number } | null = null;
  for (const group of rackGroups) {
    const ratio = headroom(group.uplinkGbps, group.demandGbps);
    if (Number.isFinite(ratio) && (tightest === null || ratio < tightest.ratio)) tightest = { rackGroup: group.rackGroup, ratio };
  }
  return tightest;
}

/** One sentence that reads the chart: the tightest rack group and the spine tier's headroom. */
export function bandwidthSummary(series: BandwidthSeries): string {
  const tightest = tightestRackGroup(series);
  const spineRatio = headroom(series.spine.capacityGbps, series.spine.crossRackDemandGbps);
  const spine = Number.isFinite(spineRatio) ? `spine tier ${formatHeadroom(spineRatio)} cross-rack demand` : "no cross-rack demand";
  if (!tightest) return `No rack group has demand yet; ${spine}.`;
  return `Tightest uplinks: ${tightest.rackGroup} at ${formatHeadroom(tightest.ratio)} expected demand; ${spine}.`;
}

export function formatGbps(value: number): string {
  return `${formatNumber(Math.round(value * 10) / 10)} Gbps`;
}
