import type { Design } from "@/lib/design";

/**
 * What differs between two documents, in words an architect reads before overwriting someone
 * else's save: per top-level section, and per named element for the lists of named elements.
 * `canvas` is left out: layout moves are not worth a second look.
 */
export function describeChanges(mine: Design, theirs: Design): string[] {
  const lines: string[] = [];
  const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
  const named: Record<string, (d: Design) => Array<{ name: string }>> = {
    racks: (d) => d.racks,
    nodePools: (d) => d.nodePools,
    zones: (d) => d.zones,
    podPools: (d) => d.ipPlan.podPools,
  };
  for (const [label, list] of Object.entries(named)) {
    const a = new Map(list(mine).map((e) => [e.name, e]));
    const b = new Map(list(theirs).map((e) => [e.name, e]));
    for (const [name, element] of a) {
      if (!b.has(name)) lines.push(`${label}: "${name}" only in mine`);
      else if (!same(element, b.get(name))) lines.push(`${label}: "${name}" differs`);
    }
    for (const name of b.keys()) if (!a.has(name)) lines.push(`${label}: "${name}" only in the head`);
  }
  if (!same(mine.flows, theirs.flows)) lines.push(`flows: ${mine.flows.length} in mine, ${theirs.flows.length} in the head`);
  const { podPools: _minePools, ...mineIp } = mine.ipPlan;
  const { podPools: _theirPools, ...theirIp } = theirs.ipPlan;
  void _minePools;
  void _theirPools;
  if (!same(mineIp, theirIp)) lines.push("ipPlan: node networks, service CIDR or ranges differ");
  for (const section of ["cluster", "fabric", "network", "storage", "backup"] as const) {
    if (!same(mine[section], theirs[section])) lines.push(`${section} differs`);
  }
  return lines;
}
