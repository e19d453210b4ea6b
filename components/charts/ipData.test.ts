import { describe, expect, it } from "vitest";
import { ipAxisMax, ipRows, ipSummary, toPercent } from "./ipData";

// starter-500's workers pool: 10.16.0.0/15 in /26 blocks = 2^(26-15) = 2,048 blocks; 479 workers
// hold ceil(110 / 64) = 2 blocks each when full = 958 blocks: 958 / 2,048 = 46.8% of blocks;
// addresses 479 x 110 = 52,690 of 2^17 = 131,072: 40.2%.
const series = {
  pools: [
    { pool: "workers", blockUtilization: 958 / 2048, addressUtilization: 52_690 / 131_072 },
    { pool: "infra", blockUtilization: 0.84, addressUtilization: 0.6 },
  ],
  threshold: 0.8,
};

describe("ipRows", () => {
  it("turns shares into percentages with one decimal", () => {
    expect(ipRows(series)).toEqual([
      { pool: "workers", blockPercent: 46.8, addressPercent: 40.2 },
      { pool: "infra", blockPercent: 84, addressPercent: 60 },
    ]);
  });

  it("gives a pool with no addresses for its nodes no bar instead of an infinite one", () => {
    expect(ipRows({ pools: [{ pool: "tiny", blockUtilization: 3, addressUtilization: Infinity }], threshold: 0.8 })).toEqual([
      { pool: "tiny", blockPercent: 300, addressPercent: null },
    ]);
    expect(toPercent(Number.NaN)).toBeNull();
  });
});

describe("ipAxisMax", () => {
  it("is 100% unless a pool is over-subscribed, then the next step of 25", () => {
    expect(ipAxisMax(ipRows(series))).toBe(100);
    expect(ipAxisMax([{ pool: "x", blockPercent: 160.2, addressPercent: null }])).toBe(175);
  });
});

describe("ipSummary", () => {
  it("names the pools at or above the alert threshold", () => {
    expect(ipSummary(series)).toBe("At or above the 80% alert: infra.");
    expect(ipSummary({ ...series, pools: [series.pools[0]!] })).toBe("Every pool stays below the 80% alert.");
    expect(ipSummary({ pools: [], threshold: 0.8 })).toBe("No pod pools yet.");
  });
});
