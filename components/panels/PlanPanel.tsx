"use client";
import { useEffect, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";
import type { Finding } from "@/lib/planner";
import { IconButton } from "@/components/ui/Button";
import { Icon } from "@/components/ui/Icon";
import { badgeColour } from "@/components/canvas/badges";
import { FindingsList } from "./FindingsList";
import { MetricsView } from "./MetricsView";

type Tab = "findings" | "metrics" | "charts";
const tabs: Array<{ id: Tab; label: string }> = [
  { id: "findings", label: "Findings" },
  { id: "metrics", label: "Metrics" },
  { id: "charts", label: "Charts" },
];

const HEIGHT_KEY = "blueprint:plan-panel-height";
const MIN_HEIGHT = 120;
const DEFAULT_HEIGHT = 260;

/** The plan docked under the canvas: collapsible, and resizable by dragging or with the arrow keys. */
export function PlanPanel({
  findings,
  metrics,
  ms,
  charts,
  onShow,
  onApply,
}: {
  findings: ReadonlyArray<Finding>;
  metrics: object;
  ms: number;
  charts: ReactNode;
  onShow: (finding: Finding) => void;
  onApply: (finding: Finding) => void;
}) {
  const [tab, setTab] = useState<Tab>("findings");
  const [open, setOpen] = useState(true);
  const [height, setHeight] = useState(DEFAULT_HEIGHT);
  useEffect(() => {
    const stored = Number(window.localStorage.getItem(HEIGHT_KEY));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after hydration
    if (stored >= MIN_HEIGHT) setHeight(stored);
  }, []);
  const resize = (next: number) => {
    const clamped = Math.round(Math.min(window.innerHeight * 0.75, Math.max(MIN_HEIGHT, next)));
    setHeight(clamped);
    window.localStorage.setItem(HEIGHT_KEY, String(clamped));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const startY = event.clientY;
    const startHeight = height;
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    const move = (e: globalThis.PointerEvent) => resize(startHeight + startY - e.clientY);
    const up = () => {
      target.removeEventListener("pointermove", move);
      target.removeEventListener("pointerup", up);
    };
    target.addEventListener("pointermove", move);
    target.addEventListener("pointerup", up);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "ArrowUp") resize(height + 24);
    else if (event.key === "ArrowDown") resize(height - 24);
    else return;
    event.preventDefault();
  };
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;

  return (
    <section aria-label="Plan" className="flex flex-col border-t border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900" style={{ height: open ? height : undefined }}>
      {open && (
        <div
          role="separator"
          aria-orientation="horizontal"
          aria-label="Resize the plan panel"
          aria-valuenow={height}
          aria-valuemin={MIN_HEIGHT}
          tabIndex={0}
          onPointerDown={onPointerDown}
          onKeyDown={onKeyDown}
          className="h-1.5 cursor-row-resize bg-slate-200 hover:bg-sky-400 focus-visible:bg-sky-500 focus-visible:outline-none dark:bg-slate-700"
        />
      )}
      <div className="flex items-center gap-2 border-b border-slate-200 px-2 dark:border-slate-700">
        <div
          role="tablist"
          aria-label="Plan views"
          className="flex"
          onKeyDown={(event) => {
            // The tabs pattern of WAI-ARIA: arrow keys move between tabs.
            const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
            if (step === 0) return;
            const next = tabs[(tabs.findIndex((t) => t.id === tab) + step + tabs.length) % tabs.length]!.id;
            setTab(next);
            document.getElementById(`plan-tab-${next}`)?.focus();
          }}
        >
          {tabs.map(({ id, label }) => (
            <button
              key={id}
              role="tab"
              type="button"
              id={`plan-tab-${id}`}
              aria-selected={tab === id}
              tabIndex={tab === id ? 0 : -1}
              aria-controls="plan-tabpanel"
              onClick={() => {
                setTab(id);
                setOpen(true);
              }}
              className={`border-b-2 px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-sky-500 ${tab === id ? "border-sky-600 font-semibold" : "border-transparent text-slate-600 dark:text-slate-300"}`}
            >
              {label}
              {id === "findings" && (
                <span className="ml-1.5 inline-flex gap-0.5">
                  {(["error", "warning", "info"] as const).map((s) =>
                    counts[s] > 0 ? (
                      <span key={s} className={`rounded-full px-1.5 text-[11px] ${badgeColour[s]}`} title={`${counts[s]} ${s}`}>
                        {counts[s]}
                      </span>
                    ) : null,
                  )}
                </span>
              )}
            </button>
          ))}
        </div>
        <span className="ml-auto text-xs text-slate-500 dark:text-slate-400" title="Time the browser took to plan the current design" suppressHydrationWarning>
          planned in {ms < 1 ? "<1" : Math.round(ms)} ms
        </span>
        <IconButton size="sm" label={open ? "Collapse the plan panel" : "Expand the plan panel"} onClick={() => setOpen(!open)} aria-expanded={open}>
          <Icon name={open ? "chevronDown" : "chevronUp"} />
        </IconButton>
      </div>
      {open && (
        <div id="plan-tabpanel" role="tabpanel" aria-labelledby={`plan-tab-${tab}`} className="min-h-0 flex-1 overflow-auto">
          {tab === "findings" && <FindingsList findings={findings} onShow={onShow} onApply={onApply} />}
          {tab === "metrics" && <MetricsView metrics={metrics} />}
          {tab === "charts" && charts}
        </div>
      )}
    </section>
  );
}
