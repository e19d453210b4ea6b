import { formatNumber } from "@/lib/planner/format";
import type { StorageSeries } from "./series";

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** Raw, usable and expected terabytes per class or tier, to one decimal. */
export function capacityRows(series: StorageSeries) {
  return series.map((entry) => ({
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
  return series.map((entry) => {
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
  if (series.length === 0) return "No storage classes yet.";
  if (rows.length === 0) return "No class reaches nearfull at the stated growth.";
  const first = rows.reduce((soonest, row) => ((row.months ?? Infinity) < (soonest.months ?? Infinity) ? row : soonest));
  return `First to reach nearfull: ${first.name}, ${first.label}.`;
}
