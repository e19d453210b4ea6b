import { catalogue } from "./catalogue";
import { metricsCatalogue } from "./metrics-catalogue";

/**
 * The README tables, generated from the catalogues (never kept by hand, like ESLint's rule docs).
 * `npm run docs` writes them between their markers; a test fails when the README is out of date.
 */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A fix template as a reader sees it: parameters as `{name}`, a fix that is only a parameter explained. */
function fixText(template: string): string {
  if (/^\{\w+\}$/.test(template)) return "depends on the case: given with each finding";
  return template.replace(/\{(\w+)\}/g, "`{$1}`");
}

export function findingsTable(): string {
  const rows = Object.entries(catalogue).map(
    ([code, d]) => `| \`${code}\` | ${d.severity} | ${cell(d.title)}: ${cell(d.description)} | ${cell(fixText(d.fix))} | ${d.source.startsWith("http") ? `[source](${d.source})` : cell(d.source)} |`,
  );
  return ["| code | severity | what it means | fix | source |", "|---|---|---|---|---|", ...rows].join("\n");
}

export function metricsTable(): string {
  const rows = metricsCatalogue.map((m) => `| \`${m.name}\` | ${cell(m.unit)} | ${cell(m.meaning)} |`);
  return ["| metric (`plan.metrics.`…) | unit | meaning |", "|---|---|---|", ...rows].join("\n");
}

const sections = { "findings-catalogue": findingsTable, "metrics-catalogue": metricsTable } as const;

/** The README with each catalogue's table between its markers; markers missing are an error. */
export function withCatalogueTables(readme: string): string {
  return Object.entries(sections).reduce((text, [name, table]) => {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} markers`);
    return `${text.slice(0, from + start.length)}\n${table()}\n${text.slice(to)}`;
  }, readme);
}
