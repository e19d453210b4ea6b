import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/design";
import { plan } from "@/lib/planner";
import { formatFactor, growthRows, growthSummary, limitStatuses } from "./growthData";

const starter = plan(getTemplate("starter-500"));

describe("growthRows", () => {
  it("gives each concern's share of its nearest limit at today's size (starter-500)", () => {
    const [today] = growthRows(starter);
    // 500 nodes x 110 pods = 55,000 of 150,000 pods = 36.7% (nodes: 500 / 5,000 = 10%).
    // IP: the infra pool, 10.20.0.0/20 in /26 blocks = 64 blocks; 21 nodes x 2 blocks = 42: 65.6%.
    // Fabric: 28 leaves x 1 link = 28 of 64 spine ports = 43.8%; routes 1,016 of 32,000 = 3.2%.
    expect(today).toEqual({ factor: 1, nodes: 500, scale: 36.7, ip: 65.6, fabric: 43.8 });
  });

  it("follows the planner's growth points, one row each", () => {
    const rows = growthRows(starter);
    expect(rows.map((row) => row.nodes)).toEqual(starter.series.growth.points.map((point) => point.nodes));
    // At 2x: 1,000 nodes, 110,000 pods = 73.3%; 56 leaves of 64 ports = 87.5%.
    expect(rows.find((row) => row.factor === 2)).toMatchObject({ nodes: 1000, scale: 73.3, fabric: 87.5 });
  });

  it("has no IP line when the design has no pod pools", () => {
    const design = getTemplate("starter-500");
    design.ipPlan.podPools = [];
    expect(growthRows(plan(design)).every((row) => row.ip === null)).toBe(true);
  });
});

describe("limitStatuses", () => {
  const firstLimits = [
    { concern: "ip" as const, limit: 'blocks of pod pool "infra"', atNodes: 762 },
    { concern: "fabric" as const, limit: "spine ports", atNodes: 1143 },
  ];

  it("marks the limits reached at the chosen node count, with the factor of today's size", () => {
    expect(limitStatuses(firstLimits, 500, 1000)).toEqual([
      // 762 / 500 = 1.524x, reached at 1,000 nodes; 1,143 / 500 = 2.286x, not yet.
      { ...firstLimits[0], factor: 1.524, reached: true },
      { ...firstLimits[1], factor: 2.286, reached: false },
    ]);
  });
});

describe("growthSummary", () => {
  it("names the limit hit first", () => {
    expect(growthSummary(starter.series.growth.firstLimits, 500)).toBe('First to break: blocks of pod pool "infra" (IP plan) at 762 nodes (1.52×).');
    expect(growthSummary([], 500)).toBe("No limit depends on the node count yet.");
    expect(formatFactor(Infinity)).toBe("—");
  });
});
