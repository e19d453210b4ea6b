import type { Design } from "../design";
import { planBackup, type BackupMetrics } from "./backup";
import { planBom, type BomMetrics } from "./bom";
import { sortFindings } from "./catalogue";
import { planFabric, type FabricMetrics } from "./fabric";
import { buildInventory } from "./inventory";
import { planIp, type IpMetrics } from "./ip";
import { planPolicy, type PolicyMetrics } from "./policy";
import { planScale, type GrowthSeries, type ScaleMetrics } from "./scale";
import { planStorage, type StorageMetrics } from "./storage";
import type { Finding } from "./types";

export type BandwidthSeries = {
  rackGroups: { rackGroup: string; downlinkGbps: number; uplinkGbps: number; demandGbps: number }[];
  spine: { capacityGbps: number; crossRackDemandGbps: number };
};
export type IpSeries = { pools: { pool: string; blockUtilization: number; addressUtilization: number }[]; threshold: number };
export type StorageSeries = { name: string; rawTB: number; usableTB: number; expectedTB: number; monthsToNearfull: number | null }[];

export type Plan = {
  metrics: {
    fabric: FabricMetrics;
    ip: IpMetrics;
    storage: StorageMetrics;
    backup: BackupMetrics;
    policy: PolicyMetrics;
    scale: ScaleMetrics;
    bom: BomMetrics;
  };
  /** Sorted by severity, then path, then code: the same design gives the same list, byte for byte. */
  findings: Finding[];
  series: { bandwidth: BandwidthSeries; ip: IpSeries; storage: StorageSeries; growth: GrowthSeries };
};

/**
 * The plan of a valid design: every concern's numbers, what they found, and the data behind each
 * chart. Pure: no I/O, no clock, no randomness. Node counts come from one inventory shared by all
 * concerns; cost is linear in rack groups, placements and pools.
 */
export function plan(design: Design): Plan {
  const inventory = buildInventory(design);
  const ip = planIp(design, inventory);
  const fabric = planFabric(design, inventory, ip.metrics);
  const storage = planStorage(design, inventory);
  const backup = planBackup(design);
  const policy = planPolicy(design);
  const scale = planScale(design, inventory, ip.metrics, fabric.metrics);
  const bom = planBom(design, inventory, fabric.metrics);

  return {
    metrics: { fabric: fabric.metrics, ip: ip.metrics, storage: storage.metrics, backup: backup.metrics, policy: policy.metrics, scale: scale.metrics, bom },
    findings: sortFindings([...inventory.findings, ...ip.findings, ...fabric.findings, ...storage.findings, ...backup.findings, ...policy.findings, ...scale.findings]),
    series: {
      bandwidth: {
        rackGroups: fabric.metrics.leaves.map(({ rackGroup, downlinkGbps, uplinkGbps, demandGbps }) => ({ rackGroup, downlinkGbps, uplinkGbps, demandGbps })),
        spine: { capacityGbps: fabric.metrics.spineCapacityGbps, crossRackDemandGbps: fabric.metrics.crossRackDemandGbps },
      },
      ip: { pools: ip.metrics.pools.map((p) => ({ pool: p.name, blockUtilization: p.blockUtilization, addressUtilization: p.addressUtilization })), threshold: ip.metrics.threshold },
      storage: storage.metrics.tiers.map((tier) => {
        const pools = storage.metrics.pools.filter((p) => p.deviceClass === tier.tier);
        const months = pools.map((p) => p.monthsToNearfull).filter((m): m is number => m !== null);
        return {
          name: tier.tier,
          rawTB: tier.rawTB,
          usableTB: tier.usableTB,
          expectedTB: pools.reduce((sum, p) => sum + p.expectedDataTB, 0),
          monthsToNearfull: months.length > 0 ? Math.min(...months) : null,
        };
      }),
      growth: scale.growth,
    },
  };
}
