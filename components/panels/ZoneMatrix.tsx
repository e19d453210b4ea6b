"use client";
import type { PolicyMatrix } from "@/lib/planner";
import { formatPorts } from "@/components/canvas/zoneGraph";

/**
 * Who may talk to whom: rows are the zone traffic comes from, columns the zone it goes to, from
 * the plan's policy matrix. An empty cell is denied (every zone starts from default-deny).
 */
export function ZoneMatrix({ matrix, onSelectZone }: { matrix: PolicyMatrix; onSelectZone: (zone: string) => void }) {
  if (matrix.zones.length === 0) return <p className="p-3 text-sm text-slate-500">No zones yet.</p>;
  return (
    <section aria-label="Zone-to-zone matrix" className="h-full overflow-auto border-l border-slate-200 p-3 dark:border-slate-700">
      <h2 className="mb-2 text-sm font-semibold">Allowed traffic</h2>
      <table className="border-collapse text-xs">
        <caption className="pb-1 text-left text-[11px] text-slate-500 dark:text-slate-400">rows: from · columns: to · blank: denied</caption>
        <thead>
          <tr>
            <td />
            {matrix.zones.map((zone) => (
              <th key={zone} scope="col" className="max-w-14 truncate px-0.5 py-0.5 font-medium" title={zone}>
                {zone}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.zones.map((from, i) => (
            <tr key={from}>
              <th scope="row" className="pr-2 text-right font-medium">
                <button type="button" onClick={() => onSelectZone(from)} className="rounded hover:text-sky-700 focus-visible:outline-2 focus-visible:outline-sky-500 dark:hover:text-sky-300">
                  {from}
                </button>
              </th>
              {matrix.zones.map((to, j) => {
                const allowed = matrix.allowed[i]?.[j] ?? false;
                const ports = matrix.ports[i]?.[j] ?? [];
                return (
                  <td
                    key={to}
                    className={`h-7 min-w-9 border border-slate-200 px-1 text-center dark:border-slate-700 ${allowed ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100" : ""}`}
                    title={allowed ? `${from} → ${to}: ${formatPorts(ports)}` : `${from} → ${to}: denied`}
                    data-testid={`matrix-${from}-${to}`}
                  >
                    {allowed ? (ports.length === 0 ? "all" : ports.map((p) => p.port).join(",")) : ""}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
