import { useId, type ReactNode } from "react";

/** A chart with its title (the figure's accessible name) and a one-line reading of what it shows. */
export function ChartCard({ title, summary, children }: { title: string; summary?: ReactNode; children: ReactNode }) {
  const titleId = useId();
  return (
    <figure
      aria-labelledby={titleId}
      className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300"
    >
      <figcaption>
        <h3 id={titleId} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          {title}
        </h3>
        {summary && <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{summary}</p>}
      </figcaption>
      {children}
    </figure>
  );
}
