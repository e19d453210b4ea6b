// What a revision changed in the plan: the numbers before and after, and the findings that
// appeared or went away. Pure, over two plan() results.
import { metricsCatalogue, type Finding, type Plan } from "../planner";

export type MetricDelta = {
  /** Catalogue name, with the list entry's name for list metrics: "ip.pools[workers].blockUtilization". */
  name: string;
  unit: string;
  meaning: string;
  /** null when the value does not exist on that side (a pool added or removed) or is null (never). */
  before: number | null;
  after: number | null;
};

export type PlanDiff = {
  /** Every scalar numeric metric (they summarise the design), and the list-entry metrics that changed. */
  metrics: MetricDelta[];
  /** Findings of the newer plan that the older one did not have, matched by code and path. */
  appeared: Finding[];
  /** Findings of the older plan that the newer one no longer has. */
  gone: Finding[];
  /** Findings both plans have. */
  unchangedFindings: number;
};

export function diffPlans(before: Plan, after: Plan): PlanDiff {
  return { metrics: diffMetrics(before, after), ...diffFindings(before.findings, after.findings) };
}

type Value = number | null;

function read(root: unknown, dotted: string): unknown {
  let value = root;
  for (const key of dotted.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const asMetric = (value: unknown): Value | undefined =>
  typeof value === "number" || value === null ? value : undefined;

/**
 * Walks the metrics catalogue (the public list of metric names, lib/planner/metrics-catalogue.ts),
 * so that the diff covers every metric the planner documents and nothing it does not. A list's
 * entries are matched by their name field: the first catalogue entry of the list with unit "name"
 * (fabric.leaves[].rackGroup, ip.pools[].name, ...). Lists without one are left out.
 */
function diffMetrics(before: Plan, after: Plan): MetricDelta[] {
  const scalar: MetricDelta[] = [];
  const listed: MetricDelta[] = [];
  const nameKeys = new Map<string, string>();
  for (const definition of metricsCatalogue) {
    const [list = "", field] = definition.name.split("[].");
    if (field === undefined) {
      const old = asMetric(read(before.metrics, definition.name));
      const now = asMetric(read(after.metrics, definition.name));
      if (old === undefined && now === undefined) continue;
      scalar.push({ ...definition, before: old ?? null, after: now ?? null });
      continue;
    }
    if (definition.unit === "name" && !nameKeys.has(list)) {
      nameKeys.set(list, field);
      continue;
    }
    const nameKey = nameKeys.get(list);
    if (nameKey === undefined) continue;
    const old = entries(read(before.metrics, list), nameKey, field);
    const now = entries(read(after.metrics, list), nameKey, field);
    for (const name of [...new Set([...old.keys(), ...now.keys()])]) {
      const a = old.get(name) ?? null;
      const b = now.get(name) ?? null;
      if (a !== b) listed.push({ ...definition, name: `${list}[${name}].${field}`, before: a, after: b });
    }
  }
  return [...scalar, ...listed];
}

function entries(list: unknown, nameKey: string, field: string): Map<string, Value> {
  const result = new Map<string, Value>();
  if (!Array.isArray(list)) return result;
  for (const entry of list as Record<string, unknown>[]) {
    const value = asMetric(entry[field]);
    if (value !== undefined) result.set(String(entry[nameKey]), value);
  }
  return result;
}

const findingKey = (finding: Finding) => `${finding.code} ${finding.path}`;

/**
 * Matched by code and path, not message: a message carries numbers ("blocks 120% used") that move
 * with every edit, while the problem stays the same one. Equal keys pair up one to one.
 */
function diffFindings(before: Finding[], after: Finding[]): Omit<PlanDiff, "metrics"> {
  const appeared = unmatched(after, before);
  return { appeared, gone: unmatched(before, after), unchangedFindings: after.length - appeared.length };
}

/** The findings of `list` left over after pairing each with one finding of `other` of the same key. */
function unmatched(list: Finding[], other: Finding[]): Finding[] {
  const available = new Map<string, number>();
  for (const finding of other) available.set(findingKey(finding), (available.get(findingKey(finding)) ?? 0) + 1);
  return list.filter((finding) => {
    const left = available.get(findingKey(finding)) ?? 0;
    available.set(findingKey(finding), left - 1);
    return left <= 0;
  });
}
