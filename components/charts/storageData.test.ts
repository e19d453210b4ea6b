import { describe, expect, it } from "vitest";
import { capacityRows, monthsRows, shownTiers, storageSummary } from "./storageData";

// starter-500's SSD tier: 18 storage nodes x 8 x 3.84 TB = 552.96 TB raw, replicated size 3:
// 184.32 TB usable; nearfull at 0.85 = 156.67 TB; 50 TB now growing 2 TB a month:
// (156.67 - 50) / 2 = 53.3 months.
const series = [
  { name: "fast-ssd", rawTB: 552.96, usableTB: 184.32, expectedTB: 50, monthsToNearfull: 53.336 },
  { name: "archive", rawTB: 864, usableTB: 288, expectedTB: 10, monthsToNearfull: Infinity },
  { name: "full", rawTB: 10, usableTB: 3.33, expectedTB: 3.2, monthsToNearfull: -1.5 },
];

describe("shownTiers", () => {
  it("leaves out a device class with no capacity and no data", () => {
    const empty = { name: "nvme", rawTB: 0, usableTB: 0, expectedTB: 0, monthsToNearfull: null };
    const unbacked = { name: "ssd", rawTB: 0, usableTB: 0, expectedTB: 5, monthsToNearfull: 0 };
    expect(shownTiers([empty, unbacked, ...series]).map((entry) => entry.name)).toEqual(["ssd", "fast-ssd", "archive", "full"]);
  });
});

describe("capacityRows", () => {
  it("keeps raw, usable and expected terabytes to one decimal", () => {
    expect(capacityRows(series)[0]).toEqual({ name: "fast-ssd", rawTB: 553, usableTB: 184.3, expectedTB: 50 });
  });
});

describe("monthsRows", () => {
  it("reads months, no growth and already past nearfull", () => {
    expect(monthsRows(series)).toEqual([
      { name: "fast-ssd", months: 53.3, label: "53.3 months" },
      { name: "archive", months: null, label: "never at the stated growth" },
      { name: "full", months: 0, label: "already past nearfull" },
    ]);
  });

  it("treats a missing value as no growth", () => {
    expect(monthsRows([{ ...series[0]!, monthsToNearfull: null }])[0]).toMatchObject({ months: null });
  });
});

describe("storageSummary", () => {
  it("names the class that fills first", () => {
    expect(storageSummary(series)).toBe("First to reach nearfull: full, already past nearfull.");
    expect(storageSummary(series.slice(0, 2))).toBe("First to reach nearfull: fast-ssd, 53.3 months.");
    expect(storageSummary([series[1]!])).toBe("No class reaches nearfull at the stated growth.");
    expect(storageSummary([])).toBe("No storage capacity or data yet.");
  });
});
