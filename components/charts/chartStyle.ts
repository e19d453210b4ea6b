/**
 * Colours and axis styling shared by the plan charts. Series colours are mid-tone (Tailwind's 500
 * shades), which keep at least 3:1 contrast against both the light (white) and the dark
 * (slate-950) page, the minimum for graphical objects (WCAG 2.1, 1.4.11). Text and grid lines take
 * `currentColor` and classes, so that they follow the theme like the rest of the page.
 */
export const seriesColors = {
  downlink: "#0ea5e9", // sky-500
  uplink: "#6366f1", // indigo-500
  demand: "#f59e0b", // amber-500
  blocks: "#0ea5e9", // sky-500
  addresses: "#14b8a6", // teal-500
  threshold: "#ef4444", // red-500
  raw: "#64748b", // slate-500
  usable: "#0ea5e9", // sky-500
  expected: "#f59e0b", // amber-500
  months: "#8b5cf6", // violet-500
  scale: "#ec4899", // pink-500
  ip: "#14b8a6", // teal-500
  fabric: "#6366f1", // indigo-500
} as const;

/** Axis ticks and labels in the surrounding text colour. */
export const axisTick = { fill: "currentColor", fontSize: 12 } as const;
export const axisLine = { stroke: "currentColor", strokeOpacity: 0.35 } as const;
export const gridClass = "stroke-slate-200 dark:stroke-slate-800";
/** The band behind the hovered category. */
export const hoverCursor = { fill: "currentColor", fillOpacity: 0.06, stroke: "none" } as const;

/**
 * Bars are drawn without animation: the plan is recomputed on every edit (and while dragging), and
 * animating each change would cost frames and show numbers that are not the plan's.
 */
export const animate = false;

/** Height of one chart's plotting area with its legend, in pixels. */
export const chartHeight = 260;
