import { describe, expect, it } from "vitest";
import { plan, type Finding, type Plan } from "../planner";
import { designWith } from "../planner/test-design";
import { diffPlans } from "./plan-diff";

// starter-500: compute has 11 racks of 40 workers, infra 3 racks (1 control-plane, 6 storage,
// 13 workers each), 2 leaves per rack; baseline 1 Gbps per node, peak factor 2; pod pool
// "workers" 10.16.0.0/15 with /26 blocks serves the worker pool; 110 pods per node.
const before = plan(designWith(() => {}, "starter-500"));
// One more compute rack, and the workers pool shrunk to a /17.
const after = plan(
  designWith((d) => {
    d.racks[0]!.count = 12;
    d.ipPlan.podPools[0]!.cidr = "10.16.0.0/17";
  }, "starter-500"),
);

describe("diffPlans", () => {
  const diff = diffPlans(before, after);
  const metric = (name: string) => diff.metrics.find((m) => m.name === name);

  it("gives the key numbers before and after, worked out by hand", () => {
    // Leaves: (11 + 3) racks x 2 = 28, then (12 + 3) x 2 = 30.
    expect(metric("fabric.leafCount")).toMatchObject({ unit: "count", before: 28, after: 30 });
    // Nodes 11 x 40 + 3 x 20 = 500, then 540; demand = nodes x 1 Gbps x peak 2.
    expect(metric("fabric.aggregateDemandGbps")).toMatchObject({ unit: "Gbps", before: 1000, after: 1080 });
  });

  it("names list metrics by their entry and keeps only those that changed", () => {
    // Workers: 11 x 40 + 3 x 13 = 479 nodes, then 519. Blocks per node ceil(110 / 64) = 2.
    // /15 with /26 blocks has 2^11 = 2048 blocks; /17 has 2^9 = 512.
    expect(metric("ip.pools[workers].nodes")).toMatchObject({ before: 479, after: 519 });
    expect(metric("ip.pools[workers].blocks")).toMatchObject({ before: 2048, after: 512 });
    expect(metric("ip.pools[workers].blocksNeeded")).toMatchObject({ before: 958, after: 1038 });
    // 958 / 2048 and 1038 / 512.
    expect(metric("ip.pools[workers].blockUtilization")).toMatchObject({ unit: "share", before: 958 / 2048, after: 1038 / 512 });
    // The infra pool serves control-plane and storage nodes only: untouched, so not listed.
    expect(diff.metrics.some((m) => m.name.startsWith("ip.pools[infra]"))).toBe(false);
    // Every listed list-entry metric changed; scalars are listed whether they changed or not.
    for (const m of diff.metrics.filter((m) => m.name.includes("["))) expect(m.before).not.toBe(m.after);
    expect(metric("fabric.spineCount")).toMatchObject({ before: 4, after: 4 });
  });

  it("reports findings that appeared and went away, matched by code and path", () => {
    // The starter plans clean; 1038 blocks needed > 512 exhaust the pool, and 540
    // nodes no longer match the 500-node target.
    expect(before.findings).toEqual([]);
    expect(diff.appeared.map((f) => [f.code, f.path])).toEqual([
      ["ip.pool.block-exhaustion", "/ipPlan/podPools/0/cidr"],
      ["design.target-nodes-mismatch", "/cluster/targetNodes"],
    ]);
    expect(diff.gone).toEqual([]);
    const back = diffPlans(after, before);
    expect(back.gone.map((f) => f.code)).toEqual(["ip.pool.block-exhaustion", "design.target-nodes-mismatch"]);
    expect(back.appeared).toEqual([]);
  });

  it("does not call a finding new because its message changed, and pairs repeated findings one to one", () => {
    const finding = (message: string): Finding => ({ severity: "warning", code: "ip.pool.usage-alert", message, path: "/ipPlan/podPools/0" });
    const withFindings = (findings: Finding[]): Plan => ({ ...before, findings });
    const diff = diffPlans(
      withFindings([finding("81% used"), finding("82% used")]),
      withFindings([finding("85% used"), finding("85% used"), finding("90% used")]),
    );
    expect(diff.unchangedFindings).toBe(2);
    expect(diff.appeared).toEqual([finding("90% used")]);
    expect(diff.gone).toEqual([]);
  });
});
