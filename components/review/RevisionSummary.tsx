import { BundleBrowser } from "@/components/manifests/BundleBrowser";
import type { Design } from "@/lib/design";
import type { BundleFile } from "@/lib/manifests";
import type { Plan } from "@/lib/planner";

/**
 * A revision read-only: what the design is (counts of what is drawn and the scale it plans for),
 * what the plan found, and the manifests it renders. For old revisions and share links.
 */
export function RevisionSummary({ design, plan, files }: { design: Design; plan: Plan; files: BundleFile[] }) {
  const count = (name: string) => plan.metrics.scale.counts.find((c) => c.name === name)?.count ?? 0;
  const facts: [string, string | number][] = [
    ["Cluster", design.cluster.name],
    ["Kubernetes", design.cluster.kubernetesVersion],
    ["Nodes", count("nodes").toLocaleString("en-US")],
    ["Pods at full density", count("pods").toLocaleString("en-US")],
    ["Rack groups", design.racks.map((r) => `${r.name} × ${r.count}`).join(", ") || "none"],
    ["Node pools", design.nodePools.map((p) => p.name).join(", ") || "none"],
    ["Spines", `${design.fabric.spine.count} × ${design.fabric.spine.model}`],
    ["Network", `${design.network.overlay}, kube-proxy ${design.network.kubeProxy.mode}, mesh ${design.network.serviceMesh.type}`],
    ["Pod pools", design.ipPlan.podPools.map((p) => `${p.name} ${p.cidr}`).join(", ") || "none"],
    ["Zones", design.zones.map((z) => z.name).join(", ") || "none"],
    ["Storage backends", design.storage.backends.map((b) => b.name).join(", ") || "none"],
    ["Backup schedules", design.backup.schedules.map((s) => s.name).join(", ") || "none"],
  ];
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="summary">
        <h2 id="summary" className="mb-2 text-lg font-semibold">Design</h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm" data-testid="revision-summary">
          {facts.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="text-slate-500 dark:text-slate-400">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="findings">
        <h2 id="findings" className="mb-2 text-lg font-semibold">Findings ({plan.findings.length})</h2>
        {plan.findings.length === 0 ? (
          <p className="text-sm text-emerald-700 dark:text-emerald-400">No findings: the plan holds.</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {plan.findings.map((finding, i) => (
              <li key={`${finding.code}${finding.path}${i}`} data-testid="finding" data-code={finding.code} className="rounded border border-slate-200 p-1.5 dark:border-slate-700">
                <span className="mr-1 text-xs font-semibold uppercase">{finding.severity}</span>
                {finding.message} <code className="text-xs text-slate-500 dark:text-slate-400">{finding.path}</code>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="manifests" className="min-w-0">
        <h2 id="manifests" className="mb-2 text-lg font-semibold">Manifests</h2>
        <BundleBrowser files={files} />
      </section>
    </div>
  );
}
