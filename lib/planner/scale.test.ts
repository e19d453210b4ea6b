import { describe, expect, it } from "vitest";
import { plan } from "./plan";
import { designWith } from "./test-design";

describe("scale", () => {
  it("compares the reference counts with the Kubernetes large-cluster limits", () => {
    const { metrics, findings } = plan(designWith());
    // 5,000 nodes (limit 5,000), 110 pods per node (110), 5,000 x 110 = 550,000 pods (150,000), 10,000 services (10,000).
    expect(metrics.scale.counts.map((c) => [c.name, c.count, c.limit])).toEqual([
      ["nodes", 5000, 5000],
      ["podsPerNode", 110, 110],
      ["pods", 550_000, 150_000],
      ["services", 10_000, 10_000],
    ]);
    expect(findings.filter((f) => f.code === "scale.k8s-limit").map((f) => f.path)).toEqual(["/cluster/maxPodsPerNode"]);
  });

  it("finds the first limit each concern hits as the node pools grow", () => {
    const { metrics, series } = plan(designWith());
    // Pods: 150,000 / 110 = 1,363.6 -> beyond at 1,364 nodes. Workers pool: 9,350 blocks at 5,000 nodes,
    // 1,024 available -> 5,000 x 1,024 / 9,350 = 547.6 -> 548. Spine ports: 250 of 256 -> 5,000 x 256 / 250 = 5,120 -> 5,121.
    expect(metrics.scale.firstLimits).toEqual([
      { concern: "scale", limit: "pods", atNodes: 1364 },
      { concern: "ip", limit: 'blocks of pod pool "workers"', atNodes: 548 },
      { concern: "fabric", limit: "spine ports", atNodes: 5121 },
    ]);
    // Route table: 10,125 growing routes + 2 fixed of 128,000 -> 5,000 x 127,998 / 10,125 = 63,208.9 -> 63,209.
    expect(metrics.scale.limits.find((l) => l.limit === "leaf route table")?.atNodes).toBe(63_209);
    expect(series.growth.points).toHaveLength(19);
    const double = series.growth.points[2]!;
    expect(double).toMatchObject({ factor: 2, nodes: 10_000, leaves: 500, spinePortsNeeded: 500, routesPerLeaf: 20_252 });
    expect(double.limitsHit).toEqual(expect.arrayContaining(["nodes", "spine ports"]));
  });

  it("flags a cluster beyond 5,000 nodes", () => {
    // 120 compute racks: 4,800 + 480 = 5,280 nodes.
    const { findings } = plan(designWith((d: any) => (d.racks[0].count = 120)));
    expect(findings.find((f) => f.code === "scale.k8s-limit" && f.path === "/racks")?.message).toBe("Nodes: 5,280, beyond the tested limit of 5,000");
  });
});
