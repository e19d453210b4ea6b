/**
 * What the bundle reads from the plan of lib/planner: the findings (listed at the top of the
 * README) and the placement-group count of each Ceph pool. The whole plan is also written out as
 * plan.json. Kept to these fields so that the renderers depend on no more of the plan than they use.
 */
export type BundleFinding = { severity: "error" | "warning" | "info"; code: string; message: string; path: string; fix?: string };

export type BundlePlan = {
  findings: ReadonlyArray<BundleFinding>;
  metrics: { storage: { pools: ReadonlyArray<{ backend: string; pgCount: number }> } };
};

export function pgCountOf(plan: BundlePlan, backend: string): number | undefined {
  return plan.metrics.storage.pools.find((pool) => pool.backend === backend)?.pgCount;
}
