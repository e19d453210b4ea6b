// Test support: a plan for a design. Stands in for lib/planner's plan() until it lands, with the
// findings and PG counts a test states itself.
import type { Design } from "@/lib/design";
import type { BundleFinding, BundlePlan } from "../plan";

export function fixturePlan(design: Design, { findings = [], pgCount = 1024 }: { findings?: BundleFinding[]; pgCount?: number } = {}): BundlePlan {
  return {
    findings,
    metrics: { storage: { pools: design.storage.backends.filter((backend) => backend.type === "ceph").map((backend) => ({ backend: backend.name, pgCount })) } },
  };
}
