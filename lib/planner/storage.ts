import type { Design, DiskType, NodePool, StorageBackend } from "../design";
import { diskTypes } from "../design";
import { report } from "./catalogue";
import type { Inventory } from "./inventory";
import type { ConcernResult, Finding } from "./types";

export type TierMetrics = {
  tier: DiskType;
  rawTB: number;
  /** What the backends on this device class can store (raw x their efficiency); 0 when none uses it. */
  usableTB: number;
  /** One OSD per disk (Ceph hardware recommendations). */
  osds: number;
  nodes: number;
  backends: string[];
};

export type StoragePoolMetrics = {
  backend: string;
  type: "ceph" | "glusterfs";
  deviceClass: DiskType;
  osds: number;
  /** This backend's share of its device class's raw capacity (by expected data). */
  rawTB: number;
  dataShare: number;
  /** Raw bytes written per byte stored: replicas, or (k + m) / k. */
  writeAmplification: number;
  usableTB: number;
  expectedDataTB: number;
  growthTBPerMonth: number;
  pgCount: number;
  failureDomain: "host" | "rack";
  failureDomains: number;
  failureDomainsNeeded: number;
  capacityAfterFailureTB: number;
  /** Months until the data reaches the nearfull ratio; 0 when already there, null when it never grows. */
  monthsToNearfull: number | null;
  recoveryHours: number;
  replicationTrafficGbps: number;
};

export type StorageMetrics = {
  tiers: TierMetrics[];
  pools: StoragePoolMetrics[];
  nearfullRatio: number;
  fullRatio: number;
};

/** Months ahead in which reaching nearfull is worth a warning: time to buy and rack hardware. */
export const planningHorizonMonths = 12;

/** Ceph pgcalc (https://docs.ceph.com/en/latest/rados/operations/placement-groups/): 100 PGs per OSD. */
const targetPgsPerOsd = 100;

/**
 * Ceph pgcalc: (target PGs per OSD x OSDs x data share) / pool size, rounded to a power of two:
 * the nearest one below unless that is more than 25% below the value, then the one above.
 */
export function pgCount(osds: number, dataShare: number, size: number): number {
  const value = Math.max(1, (targetPgsPerOsd * osds * dataShare) / size);
  const below = 2 ** Math.floor(Math.log2(value));
  return below < value * 0.75 ? below * 2 : below;
}

type Ceph = Extract<StorageBackend, { type: "ceph" }>;
type Gluster = Extract<StorageBackend, { type: "glusterfs" }>;

/** Replicas or k + m chunks, and the raw bytes written per stored byte. */
function protection(backend: Ceph | Gluster): { size: number; amplification: number } {
  if (backend.type === "glusterfs") return { size: backend.replicas, amplification: backend.replicas };
  const p = backend.protection;
  // Erasure coding stores k data and m coding chunks: usable = raw x k / (k + m) (Ceph erasure code docs).
  return p.kind === "replicated" ? { size: p.size, amplification: p.size } : { size: p.dataChunks + p.codingChunks, amplification: (p.dataChunks + p.codingChunks) / p.dataChunks };
}

function rawPerNode(pool: NodePool, tier: DiskType): { tb: number; disks: number } {
  let tb = 0;
  let disks = 0;
  for (const disk of pool.disks) {
    if (disk.type !== tier) continue;
    tb += disk.count * disk.sizeTB;
    disks += disk.count;
  }
  return { tb, disks };
}

type ClassInventory = { rawTB: number; osds: number; nodes: number; racks: number; largestHostTB: number; largestRackTB: number; largestHostNicGbps: number };

/** Raw capacity, OSDs and failure domains of one device class, from the storage node pools in the racks. */
function classInventory(inventory: Inventory, tier: DiskType): ClassInventory {
  const result: ClassInventory = { rawTB: 0, osds: 0, nodes: 0, racks: 0, largestHostTB: 0, largestRackTB: 0, largestHostNicGbps: 0 };
  for (const group of inventory.rackGroups) {
    let rackTB = 0;
    for (const { pool, nodesPerRack } of group.placements) {
      if (pool.role !== "storage") continue;
      const node = rawPerNode(pool, tier);
      if (node.disks === 0) continue;
      const nodes = nodesPerRack * group.group.count;
      result.rawTB += node.tb * nodes;
      result.osds += node.disks * nodes;
      result.nodes += nodes;
      rackTB += node.tb * nodesPerRack;
      if (node.tb > result.largestHostTB) {
        result.largestHostTB = node.tb;
        result.largestHostNicGbps = pool.nics.count * pool.nics.speedGbps;
      }
    }
    if (rackTB > 0) result.racks += group.group.count;
    result.largestRackTB = Math.max(result.largestRackTB, rackTB);
  }
  return result;
}

/** TB over Gbps in hours: TB x 8,000 Gbit / Gbps / 3,600 s. */
function transferHours(tb: number, gbps: number): number {
  return gbps > 0 ? (tb * 8000) / gbps / 3600 : 0;
}

export function planStorage(design: Design, inventory: Inventory): ConcernResult<StorageMetrics> {
  const { storage, backup } = design;
  const findings: Finding[] = [];
  const { nearfullRatio, fullRatio } = storage;
  // Ceph warns at nearfull and stops writes at full: nearfull must come first
  // (mon_osd_nearfull_ratio 0.85 < mon_osd_full_ratio 0.95 by default).
  if (nearfullRatio >= fullRatio) findings.push(report("storage.ratios", "/storage/nearfullRatio", { nearfull: nearfullRatio, full: fullRatio }));

  const classesByBackend = new Map<string, { expectedDataTB: number; growthTBPerMonth: number }>();
  storage.classes.forEach((cls, index) => {
    const backend = storage.backends.find((b) => b.name === cls.backend);
    if (!backend) {
      findings.push(report("design.unknown-reference", `/storage/classes/${index}/backend`, { element: `Storage class "${cls.name}"`, kind: "backend", name: cls.backend }));
      return;
    }
    const sum = classesByBackend.get(backend.name) ?? { expectedDataTB: 0, growthTBPerMonth: 0 };
    sum.expectedDataTB += cls.expectedDataTB;
    sum.growthTBPerMonth += cls.growthTBPerMonth;
    classesByBackend.set(backend.name, sum);
  });

  const classes = new Map(diskTypes.map((tier) => [tier, classInventory(inventory, tier)]));
  const blockBackends = storage.backends.flatMap((backend, index) => (backend.type === "object" ? [] : [{ backend, index }]));
  const dataOn = (tier: DiskType) => blockBackends.filter((b) => b.backend.deviceClass === tier);

  const pools = blockBackends.map(({ backend, index }): StoragePoolMetrics => {
    const tier = backend.deviceClass;
    const cls = classes.get(tier) as ClassInventory;
    const data = classesByBackend.get(backend.name) ?? { expectedDataTB: 0, growthTBPerMonth: 0 };
    // Backends sharing a device class share its OSDs in proportion to their data (pgcalc "%Data").
    const siblings = dataOn(tier);
    const siblingData = siblings.reduce((sum, s) => sum + (classesByBackend.get(s.backend.name)?.expectedDataTB ?? 0), 0);
    const dataShare = siblingData > 0 ? data.expectedDataTB / siblingData : 1 / siblings.length;
    const { size, amplification } = protection(backend);
    const efficiency = 1 / amplification;
    const rawTB = cls.rawTB * dataShare;
    const usableTB = rawTB * efficiency;
    const failureDomain = backend.type === "ceph" ? backend.failureDomain : "host";
    const failureDomains = failureDomain === "rack" ? cls.racks : cls.nodes;
    const largestDomainTB = failureDomain === "rack" ? cls.largestRackTB : cls.largestHostTB;
    // After losing the largest failure domain (CRUSH re-places its data on the others).
    const capacityAfterFailureTB = Math.max(0, cls.rawTB - largestDomainTB) * dataShare * efficiency;
    const nearfullTB = usableTB * nearfullRatio;
    const months = data.expectedDataTB >= nearfullTB ? 0 : (nearfullTB - data.expectedDataTB) / data.growthTBPerMonth;
    // No growth (or growth too small to measure) never reaches nearfull.
    const monthsToNearfull = Number.isFinite(months) ? months : null;
    // A failed storage node's share of the stored (amplified) data, rebuilt at one node's NIC bandwidth.
    const nodeDataTB = cls.rawTB > 0 ? data.expectedDataTB * amplification * (cls.largestHostTB / cls.rawTB) : 0;
    // Writes per day: the changed data plus the growth; every extra copy crosses the fabric.
    const writtenTBPerDay = data.expectedDataTB * backup.dailyChangeRate + data.growthTBPerMonth / 30;
    const replicationTrafficGbps = (writtenTBPerDay * (amplification - 1) * 8000) / 86_400;
    const metrics: StoragePoolMetrics = {
      backend: backend.name,
      type: backend.type,
      deviceClass: tier,
      osds: cls.osds,
      rawTB,
      dataShare,
      writeAmplification: amplification,
      usableTB,
      expectedDataTB: data.expectedDataTB,
      growthTBPerMonth: data.growthTBPerMonth,
      pgCount: backend.type === "ceph" ? pgCount(cls.osds, dataShare, size) : 0,
      failureDomain,
      failureDomains,
      failureDomainsNeeded: size,
      capacityAfterFailureTB,
      monthsToNearfull,
      recoveryHours: transferHours(nodeDataTB, cls.largestHostNicGbps),
      replicationTrafficGbps,
    };
    findings.push(...poolFindings(index, metrics, fullRatio, nearfullRatio));
    return metrics;
  });

  const tiers = diskTypes.map((tier): TierMetrics => {
    const cls = classes.get(tier) as ClassInventory;
    const onTier = pools.filter((p) => p.deviceClass === tier);
    return { tier, rawTB: cls.rawTB, usableTB: onTier.reduce((sum, p) => sum + p.usableTB, 0), osds: cls.osds, nodes: cls.nodes, backends: onTier.map((p) => p.backend) };
  });

  return { metrics: { tiers, pools, nearfullRatio, fullRatio }, findings };
}

function poolFindings(index: number, metrics: StoragePoolMetrics, fullRatio: number, nearfullRatio: number): Finding[] {
  const path = `/storage/backends/${index}`;
  if (metrics.osds === 0) return [report("storage.no-devices", `${path}/deviceClass`, { backend: metrics.backend, deviceClass: metrics.deviceClass })];
  const findings: Finding[] = [];
  // CRUSH places each replica (or chunk) in a different failure domain: size n needs n domains,
  // k + m chunks need k + m (https://docs.ceph.com/en/latest/rados/operations/crush-map/).
  if (metrics.failureDomains < metrics.failureDomainsNeeded) {
    findings.push(report("storage.failure-domains", metrics.type === "ceph" ? `${path}/failureDomain` : `${path}/replicas`, { backend: metrics.backend, needed: metrics.failureDomainsNeeded, domain: metrics.failureDomain, available: metrics.failureDomains }));
  } else if (metrics.expectedDataTB > metrics.capacityAfterFailureTB * fullRatio) {
    findings.push(
      report("storage.capacity-after-failure", path, {
        backend: metrics.backend,
        capacityTB: metrics.capacityAfterFailureTB,
        domain: metrics.failureDomain,
        dataTB: metrics.expectedDataTB,
        fullPercent: Math.round(fullRatio * 100),
      }),
    );
  }
  if (metrics.monthsToNearfull !== null && metrics.monthsToNearfull < planningHorizonMonths) {
    findings.push(report("storage.nearfull", path, { backend: metrics.backend, nearfullPercent: Math.round(nearfullRatio * 100), months: Math.floor(metrics.monthsToNearfull * 10) / 10 }));
  }
  return findings;
}
