/** Findings on one element: how many, and the worst severity (it picks the badge colour). */
export type Severity = "error" | "warning" | "info";
export type Badge = { count: number; worst: Severity };
export type Badges = ReadonlyMap<string, Badge>;

export const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const badgeColour: Record<Severity, string> = {
  error: "bg-red-600 text-white",
  warning: "bg-amber-500 text-slate-950",
  info: "bg-sky-600 text-white",
};
