"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "./ChartCard";
import { ChartTooltip, legendLabel } from "./ChartTooltip";
import { animate, axisLine, axisTick, chartHeight, gridClass, hoverCursor, seriesColors } from "./chartStyle";
import type { StorageSeries } from "@/lib/planner";
import { capacityRows, formatTB, monthsRows, storageSummary } from "./storageData";

const formatMonths = (value: number) => `${value} months`;

/** Per storage class or tier: raw, usable and expected data; then the months until nearfull. */
export function StorageChart({ series }: { series: StorageSeries }) {
  const months = monthsRows(series);
  const never = months.filter((row) => row.months === null).map((row) => row.name);
  return (
    <ChartCard title="Storage" summary={storageSummary(series)}>
      <BarChart
        responsive
        data={capacityRows(series)}
        style={{ width: "100%", height: chartHeight }}
        margin={{ top: 8, right: 8, bottom: 4, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid vertical={false} strokeDasharray="3 3" className={gridClass} />
        <XAxis dataKey="name" tick={axisTick} axisLine={axisLine} tickLine={false} />
        <YAxis
          tick={axisTick}
          axisLine={axisLine}
          tickLine={false}
          width={64}
          label={{ value: "TB", angle: -90, position: "insideLeft", fill: "currentColor", fontSize: 12 }}
        />
        <Tooltip cursor={hoverCursor} content={<ChartTooltip format={formatTB} />} />
        <Legend formatter={legendLabel} itemSorter={null} />
        <Bar dataKey="rawTB" isAnimationActive={animate} name="Raw" fill={seriesColors.raw} radius={[3, 3, 0, 0]} />
        <Bar dataKey="usableTB" isAnimationActive={animate} name="Usable" fill={seriesColors.usable} radius={[3, 3, 0, 0]} />
        <Bar dataKey="expectedTB" isAnimationActive={animate} name="Expected data" fill={seriesColors.expected} radius={[3, 3, 0, 0]} />
      </BarChart>
      <BarChart
        responsive
        layout="vertical"
        data={months}
        style={{ width: "100%", height: 56 + 34 * months.length }}
        margin={{ top: 4, right: 120, bottom: 4, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" className={gridClass} />
        <XAxis
          type="number"
          tick={axisTick}
          axisLine={axisLine}
          tickLine={false}
          height={36}
          label={{ value: "months", position: "insideBottomRight", offset: 0, fill: "currentColor", fontSize: 12 }}
        />
        <YAxis type="category" dataKey="name" tick={axisTick} axisLine={axisLine} tickLine={false} width={96} />
        <Tooltip cursor={hoverCursor} content={<ChartTooltip format={formatMonths} />} />
        <Legend formatter={legendLabel} itemSorter={null} />
        <Bar dataKey="months" isAnimationActive={animate} name="Months until nearfull" fill={seriesColors.months} radius={[0, 3, 3, 0]} barSize={16}>
          <LabelList dataKey="label" position="right" fill="currentColor" fontSize={11} />
        </Bar>
      </BarChart>
      {/* A class without growth has no bar; say so instead of leaving an empty row unexplained. */}
      {never.length > 0 && (
        <p className="text-xs text-slate-600 dark:text-slate-400">Never reach nearfull at the stated growth: {never.join(", ")}.</p>
      )}
    </ChartCard>
  );
}
