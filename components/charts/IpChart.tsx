"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "./ChartCard";
import { ChartTooltip, legendLabel } from "./ChartTooltip";
import { animate, axisLine, axisTick, chartHeight, gridClass, hoverCursor, seriesColors } from "./chartStyle";
import { formatPercent, ipAxisMax, ipRows, ipSummary, toPercent } from "./ipData";
import type { IpSeries } from "@/lib/planner";

/** Per pod pool: Calico block and address utilization when the pool's nodes are full, against the alert. */
export function IpChart({ series }: { series: IpSeries }) {
  const rows = ipRows(series);
  const threshold = toPercent(series.threshold) ?? 0;
  return (
    <ChartCard title="IP pools" summary={ipSummary(series)}>
      <BarChart responsive data={rows} style={{ width: "100%", height: chartHeight }} margin={{ top: 16, right: 8, bottom: 4, left: 8 }} accessibilityLayer>
        <CartesianGrid vertical={false} strokeDasharray="3 3" className={gridClass} />
        <XAxis dataKey="pool" tick={axisTick} axisLine={axisLine} tickLine={false} />
        <YAxis
          domain={[0, ipAxisMax(rows)]}
          tickFormatter={(value: number) => `${value}%`}
          tick={axisTick}
          axisLine={axisLine}
          tickLine={false}
          width={56}
          label={{ value: "utilization (%)", angle: -90, position: "insideLeft", fill: "currentColor", fontSize: 12, dy: 48 }}
        />
        <Tooltip cursor={hoverCursor} content={<ChartTooltip format={formatPercent} />} />
        <Legend formatter={legendLabel} itemSorter={null} />
        <Bar dataKey="blockPercent" isAnimationActive={animate} name="Blocks used" fill={seriesColors.blocks} radius={[3, 3, 0, 0]} />
        <Bar dataKey="addressPercent" isAnimationActive={animate} name="Addresses used" fill={seriesColors.addresses} radius={[3, 3, 0, 0]} />
        <ReferenceLine
          y={threshold}
          stroke={seriesColors.threshold}
          strokeDasharray="6 4"
          strokeWidth={1.5}
          label={{ value: `Alert ${formatPercent(threshold)}`, position: "insideTopRight", fill: seriesColors.threshold, fontSize: 12 }}
        />
      </BarChart>
    </ChartCard>
  );
}
