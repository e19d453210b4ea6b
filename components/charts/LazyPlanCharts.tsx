"use client";

import dynamic from "next/dynamic";
import { chartHeight } from "./chartStyle";

/**
 * PlanCharts loaded on first use: the charts with Recharts minify to about 160 kB of gzipped
 * JavaScript (measured with esbuild, planner included), 40% of the studio route's 400 kB first-load
 * budget, and they are not needed to draw the canvas.
 * Same props as PlanCharts.
 */
export const LazyPlanCharts = dynamic(() => import("./PlanCharts").then((module) => module.PlanCharts), {
  ssr: false,
  loading: () => (
    <p className="p-4 text-sm text-slate-600 dark:text-slate-400" style={{ minHeight: chartHeight }}>
      Loading charts…
    </p>
  ),
});
