import { describe, expect, it } from "vitest";
import { buildInventory } from "./inventory";
import { pgCount, planStorage } from "./storage";
import { designWith } from "./test-design";

function storageOf(change?: (doc: Record<string, any>) => void) {
  const design = designWith(change);
  return planStorage(design, buildInventory(design));
}
const codes = (result: ReturnType<typeof storageOf>) => result.findings.map((f) => `${f.code} ${f.path}`);

describe("storage", () => {
  it("sums raw capacity per tier from the storage nodes in the racks", () => {
    const { tiers } = storageOf().metrics;
    // 6 racks x 20 storage nodes = 120 nodes; HDD 12 x 8 TB = 96 TB each -> 11,520 TB, 1,440 OSDs;
    // NVMe 4 x 3.84 TB = 15.36 TB each -> 1,843.2 TB, 480 OSDs. Worker NVMe is not storage.
    expect(tiers.find((t) => t.tier === "hdd")).toMatchObject({ rawTB: 11_520, osds: 1440, nodes: 120, usableTB: 3840 });
    const nvme = tiers.find((t) => t.tier === "nvme")!;
    expect(nvme.rawTB).toBeCloseTo(1843.2, 9);
    expect(nvme.usableTB).toBeCloseTo(614.4, 9); // 3x replicated: raw / 3
    expect(tiers.find((t) => t.tier === "ssd")).toMatchObject({ rawTB: 0, usableTB: 0, osds: 0 });
  });

  it("follows Ceph pgcalc: 100 PGs per OSD x OSDs x data share / size, to a power of two", () => {
    // HDD: 100 x 1,440 / 3 = 48,000; 32,768 is more than 25% below it, so 65,536.
    // NVMe: 100 x 480 / 3 = 16,000; 8,192 is more than 25% below, so 16,384.
    expect(pgCount(1440, 1, 3)).toBe(65_536);
    expect(pgCount(480, 1, 3)).toBe(16_384);
    // 100 x 100 / 3 = 3,333: 2,048 is 38.6% below -> 4,096. 100 x 30 x 0.5 / 3 = 500: 256 is 48.8% below -> 512.
    expect(pgCount(100, 1, 3)).toBe(4096);
    expect(pgCount(30, 0.5, 3)).toBe(512);
    // 100 x 12 / 3 = 400: 256 is 36% below -> 512. 100 x 10 / 4 = 250: 128 is 48.8% below -> 256.
    expect(pgCount(12, 1, 3)).toBe(512);
    expect(pgCount(10, 1, 4)).toBe(256);
    const pools = storageOf().metrics.pools;
    expect(pools.map((p) => [p.backend, p.pgCount])).toEqual([["ceph-nvme", 16_384], ["ceph-hdd", 65_536]]);
  });

  it("computes failure domains, capacity after a failure, nearfull months and recovery", () => {
    const hdd = storageOf().metrics.pools.find((p) => p.backend === "ceph-hdd")!;
    // Failure domain rack: 6 storage racks >= size 3.
    expect(hdd).toMatchObject({ failureDomains: 6, failureDomainsNeeded: 3, writeAmplification: 3 });
    // Losing a rack (20 x 96 = 1,920 TB raw): (11,520 - 1,920) / 3 = 3,200 TB usable.
    expect(hdd.capacityAfterFailureTB).toBe(3200);
    // Nearfull at 3,840 x 0.85 = 3,264 TB; 1,500 TB now + 50 TB/month: (3,264 - 1,500) / 50 = 35.28 months.
    expect(hdd.monthsToNearfull).toBeCloseTo(35.28, 9);
    // A node holds 1,500 x 3 x 96 / 11,520 = 37.5 TB; at 2 x 25 = 50 Gbps: 37.5 x 8,000 / 50 / 3,600 = 1.667 h.
    expect(hdd.recoveryHours).toBeCloseTo(37.5 * 8000 / 50 / 3600, 9);
    // Writes per day: 1,500 x 0.05 + 50 / 30 = 76.67 TB; 2 extra copies x 8,000 / 86,400 = 14.2 Gbps.
    expect(hdd.replicationTrafficGbps).toBeCloseTo(((1500 * 0.05 + 50 / 30) * 2 * 8000) / 86_400, 9);
    expect(storageOf().findings).toEqual([]);
  });

  it("uses k + m for erasure-coded pools: usable raw x k / (k + m), k + m failure domains", () => {
    const result = storageOf((d) => (d.storage.backends[1].protection = { kind: "erasure-coded", dataChunks: 4, codingChunks: 2 }));
    const hdd = result.metrics.pools.find((p) => p.backend === "ceph-hdd")!;
    // 11,520 x 4 / 6 = 7,680 TB; 6 chunks need 6 racks, there are 6.
    expect(hdd.usableTB).toBeCloseTo(7680, 9);
    expect(hdd).toMatchObject({ failureDomainsNeeded: 6, failureDomains: 6 });
    // 8 + 3 = 11 chunks need 11 racks: only 6.
    const wide = storageOf((d) => (d.storage.backends[1].protection = { kind: "erasure-coded", dataChunks: 8, codingChunks: 3 }));
    expect(codes(wide)).toContain("storage.failure-domains /storage/backends/1/failureDomain");
  });

  it("flags data that does not fit after losing a rack, nearfull within a year and missing devices", () => {
    // 3,100 TB of HDD data > 3,200 x 0.95 = 3,040 TB.
    expect(codes(storageOf((d) => (d.storage.classes[1].expectedDataTB = 3100)))).toContain("storage.capacity-after-failure /storage/backends/1");
    // 3,000 TB now: (3,264 - 3,000) / 50 = 5.28 months < 12 (the message rounds down: 5.2).
    const soon = storageOf((d) => {
      d.storage.classes[1].expectedDataTB = 3000;
    });
    expect(soon.findings.find((f) => f.code === "storage.nearfull")?.message).toContain("in 5.2 months");
    expect(codes(storageOf((d) => (d.storage.backends[0].deviceClass = "ssd")))).toContain("storage.no-devices /storage/backends/0/deviceClass");
    expect(codes(storageOf((d) => (d.storage.nearfullRatio = 0.96)))).toContain("storage.ratios /storage/nearfullRatio");
    expect(codes(storageOf((d) => (d.storage.classes[0].backend = "ceph-ssd")))).toContain("design.unknown-reference /storage/classes/0/backend");
  });

  it("splits a device class between its backends by expected data", () => {
    const result = storageOf((d) => d.storage.backends.push({ name: "gluster-hdd", type: "glusterfs", replicas: 2, deviceClass: "hdd" }) && d.storage.classes.push({ name: "shared", backend: "gluster-hdd", expectedDataTB: 500 }));
    const gluster = result.metrics.pools.find((p) => p.backend === "gluster-hdd")!;
    // 500 of 2,000 TB of HDD data: a quarter of 11,520 TB = 2,880 raw, / 2 replicas = 1,440 usable; GlusterFS has no PGs.
    expect(gluster).toMatchObject({ dataShare: 0.25, rawTB: 2880, usableTB: 1440, pgCount: 0, failureDomain: "host", failureDomains: 120 });
  });
});
