import type { Finding } from "@/lib/planner";
import type { ElementChange, MetricDelta, RevisionDiff } from "@/lib/review";
import { PatchView } from "./PatchView";

const changeColour: Record<ElementChange["change"], string> = {
  added: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  removed: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
  changed: "bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50",
};

const show = (value: unknown) => (value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value));
const showNumber = (value: number | null) => (value === null ? "—" : Number.isInteger(value) ? value.toLocaleString("en-US") : +value.toFixed(4));

/** Everything that changed between two revisions: document by element, plan, manifests. */
export function DiffView({ diff, from, to }: { diff: RevisionDiff; from: number; to: number }) {
  return (
    <div className="flex flex-col gap-8">
      <DocumentChanges changes={diff.document.changes} from={from} to={to} />
      <PlanChanges metrics={diff.plan.metrics} appeared={diff.plan.appeared} gone={diff.plan.gone} unchanged={diff.plan.unchangedFindings} />
      <ManifestChanges diff={diff.manifests} />
    </div>
  );
}

function DocumentChanges({ changes, from, to }: { changes: ElementChange[]; from: number; to: number }) {
  return (
    <section aria-labelledby="diff-document">
      <h2 id="diff-document" className="mb-2 text-lg font-semibold">
        Design: {changes.length === 0 ? "no changes" : `${changes.length} element${changes.length === 1 ? "" : "s"} changed`}
      </h2>
      <ul className="flex flex-col gap-2">
        {changes.map((change) => (
          <li key={change.key} data-testid="document-change" data-key={change.key} data-change={change.change} className="rounded border border-slate-200 p-2 dark:border-slate-700">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className={`rounded px-1.5 text-xs font-medium ${changeColour[change.change]}`}>{change.change}</span>
              <span className="font-medium">{change.label}</span>
              <span className="text-slate-500 dark:text-slate-400">{change.kind}</span>
              <code className="text-xs text-slate-500 dark:text-slate-400">{change.path}</code>
            </div>
            {change.fields.length > 0 && (
              <table className="mt-2 w-full text-left text-xs">
                <thead className="text-slate-500 dark:text-slate-400">
                  <tr>
                    <th className="py-0.5 pr-2 font-medium">Field</th>
                    <th className="py-0.5 pr-2 font-medium">Revision {from}</th>
                    <th className="py-0.5 font-medium">Revision {to}</th>
                  </tr>
                </thead>
                <tbody>
                  {change.fields.map((field) => (
                    <tr key={field.path} className="border-t border-slate-100 align-top dark:border-slate-800">
                      <td className="py-0.5 pr-2"><code>{field.path}</code></td>
                      <td className="py-0.5 pr-2 break-all text-red-800 dark:text-red-300">{show(field.before)}</td>
                      <td className="py-0.5 break-all text-emerald-800 dark:text-emerald-300">{show(field.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {change.change !== "changed" && (
              <pre className="mt-2 overflow-x-auto text-xs text-slate-600 dark:text-slate-300">{JSON.stringify(change.after ?? change.before, null, 2)}</pre>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function PlanChanges({ metrics, appeared, gone, unchanged }: { metrics: MetricDelta[]; appeared: Finding[]; gone: Finding[]; unchanged: number }) {
  const changed = metrics.filter((m) => m.before !== m.after);
  return (
    <section aria-labelledby="diff-plan">
      <h2 id="diff-plan" className="mb-2 text-lg font-semibold">Plan</h2>
      <div className="grid gap-4 md:grid-cols-2">
        <FindingList title="Findings that appeared" testId="findings-appeared" findings={appeared} />
        <FindingList title="Findings that went away" testId="findings-gone" findings={gone} />
      </div>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">{unchanged} finding(s) in both revisions.</p>
      <h3 className="mt-4 mb-1 text-sm font-semibold">Metrics that changed ({changed.length})</h3>
      <MetricTable metrics={changed} />
      <details className="mt-2">
        <summary className="cursor-pointer text-sm">All key metrics</summary>
        <MetricTable metrics={metrics.filter((m) => !m.name.includes("["))} />
      </details>
    </section>
  );
}

function FindingList({ title, findings, testId }: { title: string; findings: Finding[]; testId: string }) {
  return (
    <div data-testid={testId}>
      <h3 className="mb-1 text-sm font-semibold">{title} ({findings.length})</h3>
      <ul className="flex flex-col gap-1 text-sm">
        {findings.map((finding, i) => (
          <li key={`${finding.code}${finding.path}${i}`} data-code={finding.code} className="rounded border border-slate-200 p-1.5 dark:border-slate-700">
            <span className="mr-1 text-xs font-semibold uppercase">{finding.severity}</span>
            {finding.message} <code className="text-xs text-slate-500 dark:text-slate-400">{finding.code}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

function MetricTable({ metrics }: { metrics: MetricDelta[] }) {
  if (metrics.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">None.</p>;
  return (
    <table className="w-full text-left text-xs" data-testid="metric-table">
      <thead className="text-slate-500 dark:text-slate-400">
        <tr>
          <th className="py-0.5 pr-2 font-medium">Metric</th>
          <th className="py-0.5 pr-2 font-medium">Unit</th>
          <th className="py-0.5 pr-2 text-right font-medium">Before</th>
          <th className="py-0.5 text-right font-medium">After</th>
        </tr>
      </thead>
      <tbody>
        {metrics.map((metric) => (
          <tr key={metric.name} title={metric.meaning} className="border-t border-slate-100 dark:border-slate-800">
            <td className="py-0.5 pr-2"><code>{metric.name}</code></td>
            <td className="py-0.5 pr-2">{metric.unit}</td>
            <td className="py-0.5 pr-2 text-right tabular-nums">{showNumber(metric.before)}</td>
            <td className="py-0.5 text-right tabular-nums">{showNumber(metric.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ManifestChanges({ diff }: { diff: RevisionDiff["manifests"] }) {
  return (
    <section aria-labelledby="diff-manifests">
      <h2 id="diff-manifests" className="mb-2 text-lg font-semibold">
        Manifests: {diff.files.length} file(s) changed, {diff.unchanged} unchanged
      </h2>
      <div className="flex flex-col gap-2">
        {diff.files.map((file) => (
          <details key={file.path} data-testid="manifest-diff" data-path={file.path} className="rounded border border-slate-200 dark:border-slate-700">
            <summary className="cursor-pointer px-2 py-1 text-sm">
              <code>{file.path}</code> <span className={`rounded px-1 text-xs ${changeColour[file.change]}`}>{file.change}</span>{" "}
              <span className="text-xs text-emerald-700 dark:text-emerald-400">+{file.additions}</span>{" "}
              <span className="text-xs text-red-700 dark:text-red-400">−{file.deletions}</span>
            </summary>
            <PatchView patch={file.patch} />
          </details>
        ))}
      </div>
    </section>
  );
}
