import { formatNumber, type IpSeries } from "@/lib/planner";

/** A utilization share (0..1, above 1 when exhausted) as a percentage with one decimal. */
export function toPercent(share: number): number | null {
  return Number.isFinite(share) ? Math.round(share * 1000) / 10 : null;
}

/**
 * One row per pool, in percent. A pool with no addresses for the nodes it serves has an infinite
 * utilization: it gets no bar (null) and is named in the summary instead of stretching the axis.
 */
export function ipRows({ pools }: IpSeries) {
  return pools.map((pool) => ({
    pool: pool.pool,
    blockPercent: toPercent(pool.blockUtilization),
    addressPercent: toPercent(pool.addressUtilization),
  }));
}

/** The top of the percent axis: 100%, or past it in steps of 25 when a pool is over-subscribed. */
export function ipAxisMax(rows: ReturnType<typeof ipRows>): number {
  const highest = Math.max(100, ...rows.flatMap((row) => [row.blockPercent ?? 0, row.addressPercent ?? 0]));
  return Math.ceil(highest / 25) * 25;
}

export function formatPercent(value: number): string {
  return `${formatNumber(value)}%`;
}

/** Pools at or above the alert threshold, by block utilization (the share Calico's IPAM alert reads). */
export function ipSummary(series: IpSeries): string {
  const threshold = toPercent(series.threshold) ?? 0;
  const over = series.pools.filter((pool) => pool.blockUtilization >= series.threshold).map((pool) => pool.pool);
  if (series.pools.length === 0) return "No pod pools yet.";
  if (over.length === 0) return `Every pool stays below the ${formatPercent(threshold)} alert.`;
  return `At or above the ${formatPercent(threshold)} alert: ${over.join(", ")}.`;
}
