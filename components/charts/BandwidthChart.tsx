"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { bandwidthSummary, formatGbps, spineRows } from "./bandwidthData";
import { ChartCard } from "./ChartCard";
import { ChartTooltip, legendLabel } from "./ChartTooltip";
import { animate, axisLine, axisTick, chartHeight, gridClass, hoverCursor, seriesColors } from "./chartStyle";
import type { BandwidthSeries } from "@/lib/planner";

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
const tickGbps = (value: number) => compact.format(value);

/** Per rack group: downlink capacity, uplink capacity and expected peak demand; then the spine tier. */
export function BandwidthChart({ series }: { series: BandwidthSeries }) {
  const spine = spineRows(series);
  return (
    <ChartCard title="Bandwidth" summary={bandwidthSummary(series)}>
      <BarChart
        responsive
        data={series.rackGroups}
        style={{ width: "100%", height: chartHeight }}
        margin={{ top: 8, right: 8, bottom: 4, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid vertical={false} strokeDasharray="3 3" className={gridClass} />
        <XAxis dataKey="rackGroup" tick={axisTick} axisLine={axisLine} tickLine={false} />
        <YAxis
          tickFormatter={tickGbps}
          tick={axisTick}
          axisLine={axisLine}
          tickLine={false}
          width={64}
          label={{ value: "Gbps", angle: -90, position: "insideLeft", fill: "currentColor", fontSize: 12 }}
        />
        <Tooltip cursor={hoverCursor} content={<ChartTooltip format={formatGbps} />} />
        <Legend formatter={legendLabel} itemSorter={null} />
        <Bar dataKey="downlinkGbps" isAnimationActive={animate} name="Downlink capacity" fill={seriesColors.downlink} radius={[3, 3, 0, 0]} />
        <Bar dataKey="uplinkGbps" isAnimationActive={animate} name="Uplink capacity" fill={seriesColors.uplink} radius={[3, 3, 0, 0]} />
        <Bar dataKey="demandGbps" isAnimationActive={animate} name="Expected demand (peak)" fill={seriesColors.demand} radius={[3, 3, 0, 0]} />
      </BarChart>
      <BarChart
        responsive
        layout="vertical"
        data={spine}
        style={{ width: "100%", height: 130 }}
        margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" className={gridClass} />
        <XAxis
          type="number"
          tickFormatter={tickGbps}
          tick={axisTick}
          axisLine={axisLine}
          tickLine={false}
          height={36}
          label={{ value: "Gbps", position: "insideBottomRight", offset: 0, fill: "currentColor", fontSize: 12 }}
        />
        <YAxis type="category" dataKey="name" tick={axisTick} axisLine={axisLine} tickLine={false} width={80} />
        <Tooltip cursor={hoverCursor} content={<ChartTooltip format={formatGbps} />} />
        <Legend formatter={legendLabel} itemSorter={null} />
        <Bar dataKey="capacityGbps" isAnimationActive={animate} name="Spine capacity" fill={seriesColors.uplink} radius={[0, 3, 3, 0]} barSize={18} />
        <Bar dataKey="crossRackDemandGbps" isAnimationActive={animate} name="Cross-rack demand (peak)" fill={seriesColors.demand} radius={[0, 3, 3, 0]} barSize={18} />
      </BarChart>
    </ChartCard>
  );
}
