import type { ReactNode } from "react";
import { badgeColour, type Badge } from "./badges";

/** The findings badge drawn on an element's corner: count, coloured by the worst severity. */
export function FindingBadge({ badge }: { badge?: Badge }) {
  if (!badge) return null;
  return (
    <span
      className={`absolute -top-2.5 -right-2.5 z-10 min-w-5 rounded-full px-1.5 text-center text-xs leading-5 font-bold shadow ${badgeColour[badge.worst]}`}
      title={`${badge.count} finding${badge.count === 1 ? "" : "s"}, worst: ${badge.worst}`}
      data-testid="finding-badge"
      data-severity={badge.worst}
    >
      {badge.count}
    </span>
  );
}

/** Box of a drawn element: the selection and "highlighted by a finding" rings live here. */
export function NodeBox({
  selected,
  highlighted,
  tone,
  children,
  className = "",
  label,
}: {
  selected: boolean;
  highlighted: boolean;
  tone: "spine" | "rack" | "pool" | "podpool" | "zone";
  children: ReactNode;
  className?: string;
  label: string;
}) {
  const tones = {
    spine: "border-indigo-400 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950",
    rack: "border-slate-400 bg-white dark:border-slate-500 dark:bg-slate-900",
    pool: "border-emerald-500 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950",
    podpool: "border-violet-400 bg-violet-50 dark:border-violet-400 dark:bg-violet-950",
    zone: "border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950",
  } as const;
  const ring = highlighted
    ? "ring-4 ring-amber-400 dark:ring-amber-300"
    : selected
      ? "ring-2 ring-sky-500 dark:ring-sky-400"
      : "";
  return (
    <div
      aria-label={label}
      data-highlighted={highlighted ? "true" : undefined}
      data-selected={selected ? "true" : undefined}
      className={`relative h-full w-full rounded-lg border-2 px-3 py-2 text-xs text-slate-800 shadow-sm dark:text-slate-100 ${tones[tone]} ${ring} ${className}`}
    >
      {children}
    </div>
  );
}
