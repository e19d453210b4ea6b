"use client";

import { useId, useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, type Plan } from "@/lib/planner";
import { ChartCard } from "./ChartCard";
import { ChartTooltip, legendLabel } from "./ChartTooltip";
import { animate, axisLine, axisTick, chartHeight, gridClass, seriesColors } from "./chartStyle";
import { concernNames, formatFactor, growthRows, growthSummary, limitStatuses } from "./growthData";
import { formatPercent } from "./ipData";

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

/**
 * Growth: a slider over the planner's growth points (every rack group's count times 1 to 10), the
 * share of each concern's nearest limit along the way, and the first limit each concern hits.
 */
export function GrowthChart({ plan }: { plan: Pick<Plan, "series" | "metrics"> }) {
  const { points, firstLimits } = plan.series.growth;
  const rows = growthRows(plan);
  const [index, setIndex] = useState(0);
  const sliderId = useId();
  const limitsId = useId();
  const chosen = points[Math.min(index, points.length - 1)];
  const baseNodes = points[0]?.nodes ?? 0;

  if (!chosen || baseNodes === 0) {
    return (
      <ChartCard title="Growth" summary="Place node pools in racks to see how the design grows.">
        {null}
      </ChartCard>
    );
  }
  const statuses = limitStatuses(firstLimits, baseNodes, chosen.nodes);

  return (
    <ChartCard title="Growth" summary={growthSummary(firstLimits, baseNodes)}>
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor={sliderId} className="text-xs font-medium text-slate-700 dark:text-slate-300">
          Node count
        </label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={points.length - 1}
          step={1}
          value={index}
          onChange={(event) => setIndex(Number(event.target.value))}
          aria-valuetext={`${formatNumber(chosen.nodes)} nodes, ${formatFactor(chosen.factor)} today's size`}
          className="min-w-40 flex-1 accent-sky-600"
        />
        <output htmlFor={sliderId} className="w-36 text-right text-sm font-semibold tabular-nums text-slate-900 dark:text-slate-100">
          {formatNumber(chosen.nodes)} nodes <span className="font-normal text-slate-500 dark:text-slate-400">({formatFactor(chosen.factor)})</span>
        </output>
      </div>
      <LineChart responsive data={rows} style={{ width: "100%", height: chartHeight }} margin={{ top: 16, right: 16, bottom: 4, left: 8 }} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" className={gridClass} />
        <XAxis
          dataKey="nodes"
          type="number"
          domain={["dataMin", "dataMax"]}
          tickFormatter={(value: number) => compact.format(value)}
          tick={axisTick}
          axisLine={axisLine}
          tickLine={false}
          height={40}
          label={{ value: "nodes", position: "insideBottomRight", offset: 0, fill: "currentColor", fontSize: 12 }}
        />
        {/* Past twice a limit the exact share no longer matters; capping keeps the crossing of 100% readable. */}
        <YAxis
          domain={[0, 200]}
          allowDataOverflow
          ticks={[0, 50, 100, 150, 200]}
          tickFormatter={(value: number) => `${value}%`}
          tick={axisTick}
          axisLine={axisLine}
          tickLine={false}
          width={56}
          label={{ value: "of nearest limit (%)", angle: -90, position: "insideLeft", fill: "currentColor", fontSize: 12, dy: 60 }}
        />
        <Tooltip content={<ChartTooltip format={formatPercent} formatLabel={(nodes) => `${formatNumber(Number(nodes))} nodes`} />} />
        <Legend formatter={legendLabel} itemSorter={null} />
        <ReferenceLine y={100} stroke={seriesColors.threshold} strokeDasharray="6 4" label={{ value: "Limit", position: "insideTopLeft", fill: seriesColors.threshold, fontSize: 12 }} />
        <ReferenceLine x={chosen.nodes} stroke="currentColor" strokeOpacity={0.5} />
        <Line dataKey="scale" name={concernNames.scale} stroke={seriesColors.scale} strokeWidth={2} dot={false} isAnimationActive={animate} connectNulls />
        <Line dataKey="ip" name={concernNames.ip} stroke={seriesColors.ip} strokeWidth={2} dot={false} isAnimationActive={animate} connectNulls />
        <Line dataKey="fabric" name={concernNames.fabric} stroke={seriesColors.fabric} strokeWidth={2} dot={false} isAnimationActive={animate} connectNulls />
      </LineChart>
      <h4 id={limitsId} className="text-xs font-semibold text-slate-700 dark:text-slate-300">
        First limit per concern
      </h4>
      <ul aria-labelledby={limitsId} className="grid gap-1 text-xs">
        {statuses.map((status) => (
          <li key={status.concern} className="flex flex-wrap items-baseline gap-x-2">
            <span className="w-28 shrink-0 font-medium text-slate-800 dark:text-slate-200">{concernNames[status.concern]}</span>
            <span className="text-slate-700 dark:text-slate-300">
              {status.limit} at {formatNumber(status.atNodes)} nodes ({formatFactor(status.factor)})
            </span>
            <span
              className={`ml-auto rounded px-1.5 py-0.5 font-medium ${
                status.reached ? "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200" : "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"
              }`}
            >
              {status.reached ? "reached" : `${formatNumber(status.atNodes - chosen.nodes)} nodes to go`}
            </span>
          </li>
        ))}
        {statuses.length === 0 && <li className="text-slate-600 dark:text-slate-400">No limit depends on the node count.</li>}
      </ul>
    </ChartCard>
  );
}
