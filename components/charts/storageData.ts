import { formatNumber, type StorageSeries } from "@/lib/planner";

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * Tiers that have something to show: the planner lists every device class, also those no storage
 * node has and no class expects data on (an empty "nvme" on an SSD/HDD design).
 */
export function shownTiers(series: StorageSeries): StorageSeries {
  return series.filter((entry) => entry.rawTB > 0 || entry.expectedTB > 0);
}

/** Raw, usable and expected terabytes per class or tier, to one decimal. */
export function capacityRows(series: StorageSeries) {
  return shownTiers(series).map((entry) => ({
    name: entry.name,
    rawTB: oneDecimal(entry.rawTB),
    usableTB: oneDecimal(entry.usableTB),
    expectedTB: oneDecimal(entry.expectedTB),
  }));
}

/**
 * Months until each class reaches nearfull. Without growth it never does (Infinity): no bar, and
 * the label says so; a class already past nearfull has 0 months.
 */
export function monthsRows(series: StorageSeries) {
  return shownTiers(series).map((entry) => {
    const months = entry.monthsToNearfull;
    const finite = months !== null && Number.isFinite(months);
    return {
      name: entry.name,
      months: finite ? oneDecimal(Math.max(0, months)) : null,
      label: !finite ? "never at the stated growth" : months <= 0 ? "already past nearfull" : `${formatNumber(oneDecimal(months))} months`,
    };
  });
}

export function formatTB(value: number): string {
  return `${formatNumber(value)} TB`;
}

/** The class that fills first, or that none will at the stated growth. */
export function storageSummary(series: StorageSeries): string {
  const rows = monthsRows(series).filter((row) => row.months !== null);
  if (shownTiers(series).length === 0) return "No storage capacity or data yet.";
  if (rows.length === 0) return "No class reaches nearfull at the stated growth.";
  const first = rows.reduce((soonest, row) => ((row.months ?? Infinity) < (soonest.months ?? Infinity) ? row : soonest));
  return `First to reach nearfull: ${first.name}, ${first.label}.`;
}
