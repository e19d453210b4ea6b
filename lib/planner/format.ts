/**
 * Numbers in finding messages, written the same way everywhere (and on every machine: no locale):
 * integers with thousands separators, fractions with at most two decimals.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Number.isInteger(value) ? String(Math.abs(value)) : Math.abs(value).toFixed(2).replace(/\.?0+$/, "");
  const [whole = "", fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (value < 0 ? "-" : "") + grouped + (fraction ? "." + fraction : "");
}

/** A share 0..1 as a percentage with at most one decimal, for messages. */
export function percent(share: number): number {
  return Math.round(share * 1000) / 10;
}
