import type { TooltipContentProps } from "recharts";

type Props = Partial<TooltipContentProps<number, string>> & {
  /** Formats one value with its unit, e.g. "1,200 Gbps". */
  format: (value: number, seriesKey: string) => string;
  /** Formats the category (the x value), e.g. "1,250 nodes"; shown as it is without. */
  formatLabel?: (label: string | number) => string;
};

/** The hovered category's values with their units, themed like the page (Recharts' default is white). */
export function ChartTooltip({ active, payload, label, format, formatLabel }: Props) {
  if (!active || !payload?.length) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-md dark:border-slate-700 dark:bg-slate-800">
      <p className="mb-1 font-semibold text-slate-900 dark:text-slate-100">{formatLabel && label !== undefined ? formatLabel(label) : label}</p>
      <ul className="space-y-0.5">
        {payload.map((entry) => (
          <li key={String(entry.dataKey)} className="flex items-center gap-2 text-slate-700 dark:text-slate-200">
            <span aria-hidden="true" className="inline-block size-2.5 rounded-sm" style={{ backgroundColor: entry.color }} />
            <span>{entry.name}</span>
            <span className="ml-auto pl-3 font-medium tabular-nums">{typeof entry.value === "number" ? format(entry.value, String(entry.dataKey)) : "—"}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Legend labels in the page's text colour rather than each series' colour, for contrast. */
export function legendLabel(value: string) {
  return <span className="text-xs text-slate-700 dark:text-slate-300">{value}</span>;
}
