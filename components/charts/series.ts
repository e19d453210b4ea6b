/**
 * The chart series as the planner's contract describes them (lib/planner is being written; these
 * are replaced by its exported types when it lands).
 */
export type BandwidthSeries = {
  rackGroups: { rackGroup: string; downlinkGbps: number; uplinkGbps: number; demandGbps: number }[];
  spine: { capacityGbps: number; crossRackDemandGbps: number };
};
export type IpSeries = { pools: { pool: string; blockUtilization: number; addressUtilization: number }[]; threshold: number };
export type StorageSeries = { name: string; rawTB: number; usableTB: number; expectedTB: number; monthsToNearfull: number | null }[];
