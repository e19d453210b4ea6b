import { describe, expect, it } from "vitest";
import { bandwidthSummary, formatGbps, formatHeadroom, headroom, spineRows, tightestRackGroup } from "./bandwidthData";

const series = {
  rackGroups: [
    // A leaf of 20 nodes x 25 Gbps = 500 down, 6 x 100 = 600 up; demand 20 nodes x 2 Gbps peak x 0.7 = 28 Gbps.
    { rackGroup: "compute", downlinkGbps: 500, uplinkGbps: 600, demandGbps: 28 },
    { rackGroup: "infra", downlinkGbps: 250, uplinkGbps: 100, demandGbps: 80 },
    { rackGroup: "empty", downlinkGbps: 0, uplinkGbps: 600, demandGbps: 0 },
  ],
  spine: { capacityGbps: 16_800, crossRackDemandGbps: 4_200 },
};

describe("headroom", () => {
  it("is capacity over demand, and unbounded without demand", () => {
    expect(headroom(600, 28)).toBeCloseTo(21.43, 2);
    expect(headroom(600, 0)).toBe(Infinity);
    expect(formatHeadroom(Infinity)).toBe("no demand");
    // 100 / 80 = 1.25
    expect(formatHeadroom(headroom(100, 80))).toBe("1.25×");
  });
});

describe("tightestRackGroup", () => {
  it("finds the group whose uplinks have the least headroom, skipping groups without demand", () => {
    // compute 600/28 = 21.4x, infra 100/80 = 1.25x, empty has no demand.
    expect(tightestRackGroup(series)).toEqual({ rackGroup: "infra", ratio: 1.25 });
    expect(tightestRackGroup({ ...series, rackGroups: [series.rackGroups[2]!] })).toBeNull();
  });
});

describe("bandwidthSummary", () => {
  it("names the tightest group and the spine's headroom (16,800 / 4,200 = 4x)", () => {
    expect(bandwidthSummary(series)).toBe("Tightest uplinks: infra at 1.25× expected demand; spine tier 4× cross-rack demand.");
  });

  it("says when no group has demand yet", () => {
    expect(bandwidthSummary({ rackGroups: [], spine: { capacityGbps: 0, crossRackDemandGbps: 0 } })).toBe(
      "No rack group has demand yet; no cross-rack demand.",
    );
  });
});

describe("spineRows", () => {
  it("puts capacity and cross-rack demand side by side in one category", () => {
    expect(spineRows(series)).toEqual([{ name: "Spine tier", capacityGbps: 16_800, crossRackDemandGbps: 4_200 }]);
  });
});

describe("formatGbps", () => {
  it("groups thousands and keeps one decimal", () => {
    expect(formatGbps(16_800)).toBe("16,800 Gbps");
    expect(formatGbps(28.04)).toBe("28 Gbps");
    expect(formatGbps(12.35)).toBe("12.4 Gbps");
  });
});
