"use client";
import type { Finding } from "@/lib/planner";
import { Button } from "@/components/ui/Button";
import { badgeColour, type Severity } from "@/components/canvas/badges";

const groups: Array<{ severity: Severity; title: string }> = [
  { severity: "error", title: "Errors" },
  { severity: "warning", title: "Warnings" },
  { severity: "info", title: "Information" },
];

/** Findings grouped by severity; a click shows the element a finding is about. */
export function FindingsList({
  findings,
  onShow,
  onApply,
}: {
  findings: ReadonlyArray<Finding>;
  onShow: (finding: Finding) => void;
  onApply: (finding: Finding) => void;
}) {
  if (findings.length === 0) return <p className="p-3 text-sm text-emerald-700 dark:text-emerald-400">No findings: the plan holds.</p>;
  return (
    <div className="flex flex-col gap-3 p-3">
      {groups.map(({ severity, title }) => {
        const list = findings.filter((f) => f.severity === severity);
        if (list.length === 0) return null;
        return (
          <section key={severity} aria-label={title}>
            <h3 className="mb-1 flex items-center gap-2 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
              <span className={`rounded-full px-1.5 text-[11px] ${badgeColour[severity]}`}>{list.length}</span>
              {title}
            </h3>
            <ul className="flex flex-col gap-1">
              {list.map((finding, i) => (
                <li key={`${finding.code}-${finding.path}-${i}`} className="flex items-start gap-2 rounded border border-slate-200 p-1.5 dark:border-slate-700" data-testid="finding" data-code={finding.code}>
                  <button
                    type="button"
                    onClick={() => onShow(finding)}
                    className="flex-1 rounded text-left text-sm hover:text-sky-700 focus-visible:outline-2 focus-visible:outline-sky-500 dark:hover:text-sky-300"
                    title={`Show ${finding.path || "the design"}`}
                  >
                    <span className="block">{finding.message}</span>
                    <span className="block font-mono text-[11px] text-slate-500 dark:text-slate-400">
                      {finding.code} · {finding.path || "/"}
                    </span>
                    {finding.fix && <span className="block text-xs text-slate-600 dark:text-slate-300">Fix: {finding.fix}</span>}
                  </button>
                  {finding.suggestion && (
                    <Button size="sm" variant="primary" onClick={() => onApply(finding)} title={`Set ${finding.suggestion.path} to ${JSON.stringify(finding.suggestion.value)}`}>
                      Apply fix: {finding.suggestion.label}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
