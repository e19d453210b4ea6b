import type { Plan } from "@/lib/planner";

/**
 * What the bundle reads from the plan of lib/planner: the findings (errors are listed at the top of
 * the README) and the placement-group count of each Ceph pool. The whole plan is also written out
 * as plan.json. Narrowed to these fields so that the renderers depend on no more of the plan than
 * they use.
 */
export type BundlePlan = Pick<Plan, "findings"> & { metrics: { storage: { pools: ReadonlyArray<Pick<Plan["metrics"]["storage"]["pools"][number], "backend" | "pgCount">> } } };
export type BundleFinding = Plan["findings"][number];

export function pgCountOf(plan: BundlePlan, backend: string): number | undefined {
  return plan.metrics.storage.pools.find((pool) => pool.backend === backend)?.pgCount;
}
