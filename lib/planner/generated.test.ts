import { describe, expect, it } from "vitest";
import { designSchema } from "../design";
import { generateDesign, maxComputeGroups } from "../design/templates/generate";
import { plan } from "./plan";

describe("plans of generated designs (the bench's inputs)", () => {
  it("generates a valid 50,000-node design that only passes the Kubernetes limits", () => {
    const design = designSchema.parse(generateDesign({ nodes: 50_000 }));
    const result = plan(design);
    // 3 control-plane + 10 storage racks x 20 = 203; 49,797 compute nodes = 248 groups of 200 and
    // 197 more, rounded up to 5 racks of 40: 49,800. In all 50,003 nodes in 1 + 10 + 1,245 = 1,256 racks.
    expect(result.metrics.scale.counts[0]!.count).toBe(50_003);
    // 1,256 racks x 2 = 2,512 leaves > 256 spine ports: ceil(2,512 / 128) = 20 pods under a super-spine.
    expect(result.metrics.fabric).toMatchObject({ leafCount: 2512, superSpineNeeded: true, fabricPods: 20 });
    expect(result.metrics.fabric.leaves).toHaveLength(design.racks.length); // one entry per rack group
    // Only the counts beyond the tested limits: 50,003 nodes > 5,000 and 5.5 M pods > 150,000.
    expect(result.findings.map((f) => f.code)).toEqual(["scale.k8s-limit", "scale.k8s-limit"]);
  });

  it("is pure and refuses sizes the address plan cannot hold", () => {
    expect(generateDesign({ nodes: 5000 })).toEqual(generateDesign({ nodes: 5000 }));
    expect(() => generateDesign({ nodes: 0 })).toThrow(RangeError);
    expect(() => generateDesign({ nodes: maxComputeGroups * 200 + 1000 })).toThrow(RangeError);
  });
});
