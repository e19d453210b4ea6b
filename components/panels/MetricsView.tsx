"use client";

/**
 * The plan's metrics, concern by concern, as the planner names them (names carry their units:
 * uplinkGbps, rawTB). Drawn generically so that a metric the planner adds shows up without a
 * change here: numbers and words as a list, lists of records as tables.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const formatter = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

function formatValue(value: Json): string {
  if (typeof value === "number") return formatter.format(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (value === null) return "—";
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)) return value.map(formatValue).join(", ");
  return JSON.stringify(value);
}

const isRecord = (value: Json): value is { [key: string]: Json } => typeof value === "object" && value !== null && !Array.isArray(value);

/** Scalars of a record, nested records flattened to dotted names; lists of records apart. */
function split(record: { [key: string]: Json }, prefix = ""): { scalars: Array<[string, Json]>; tables: Array<[string, Array<{ [key: string]: Json }>]> } {
  const scalars: Array<[string, Json]> = [];
  const tables: Array<[string, Array<{ [key: string]: Json }>]> = [];
  for (const [key, value] of Object.entries(record)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(value) && value.length > 0 && value.every(isRecord)) tables.push([name, value as Array<{ [key: string]: Json }>]);
    else if (isRecord(value)) {
      const inner = split(value, name);
      scalars.push(...inner.scalars);
      tables.push(...inner.tables);
    } else scalars.push([name, value]);
  }
  return { scalars, tables };
}

function Table({ name, rows }: { name: string; rows: Array<{ [key: string]: Json }> }) {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row).filter((k) => !isRecord(row[k] ?? null) && !Array.isArray(row[k]))))];
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-xs">
        <caption className="py-1 text-left font-mono text-[11px] text-slate-500">{name}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className="border-b border-slate-200 px-2 py-0.5 text-left font-medium dark:border-slate-700">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} className="odd:bg-slate-50 dark:odd:bg-slate-800/50">
              {columns.map((c) => (
                <td key={c} className="px-2 py-0.5 tabular-nums" data-testid={`metric-${name}.${i}.${c}`}>
                  {formatValue(row[c] ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MetricsView({ metrics }: { metrics: object }) {
  return (
    <div className="grid gap-4 p-3 md:grid-cols-2 xl:grid-cols-3">
      {Object.entries(metrics as { [key: string]: Json }).map(([concern, value]) => {
        if (!isRecord(value)) return null;
        const { scalars, tables } = split(value);
        return (
          <section key={concern} aria-label={`${concern} metrics`} className="min-w-0">
            <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">{concern}</h3>
            <dl className="grid grid-cols-[1fr_auto] gap-x-3 text-xs">
              {scalars.map(([name, v]) => (
                <div key={name} className="contents">
                  <dt className="truncate font-mono text-slate-600 dark:text-slate-300" title={name}>
                    {name}
                  </dt>
                  <dd className="text-right tabular-nums" data-testid={`metric-${concern}.${name}`}>
                    {formatValue(v)}
                  </dd>
                </div>
              ))}
            </dl>
            {tables.map(([name, rows]) => (
              <Table key={name} name={`${concern}.${name}`} rows={rows} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
