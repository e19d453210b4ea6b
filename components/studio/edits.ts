import { fromPointer, parseCidr, type Design, type Flow, type NodePool, type PodPool, type RackGroup, type Zone } from "@/lib/design";
import { zoneLayout } from "@/components/canvas/zoneGraph";
import { elementId, type ElementRef } from "./elements";

/**
 * Edits of the design document, as pure functions: each returns a new document sharing every
 * section it did not change (the history and the live plan depend on that). Elements refer to each
 * other by name, so renaming or removing one also updates what refers to it.
 */

type Position = { x: number; y: number };

/** `base`, or `base-2`, `base-3`... whichever is not taken yet. */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 60)}-${n}`;
    if (!names.has(candidate)) return candidate;
  }
}

function withPosition(design: Design, key: string, position: Position | undefined): Design["canvas"] {
  if (!position) return design.canvas;
  return { ...design.canvas, positions: { ...design.canvas.positions, [key]: position } };
}

function renameKey<T>(record: Record<string, T>, from: string, to: string): Record<string, T> {
  if (!(from in record)) return record;
  const { [from]: value, ...rest } = record;
  return { ...rest, [to]: value as T };
}

function dropKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!(key in record)) return record;
  const { [key]: _dropped, ...rest } = record;
  void _dropped;
  return rest;
}

export type Added = { design: Design; ref: ElementRef };

export function addRackGroup(design: Design, position?: Position): Added {
  const name = uniqueName("rack-group", design.racks.map((r) => r.name));
  const group: RackGroup = { name, count: 1, leavesPerRack: 2, placements: [], failureDomain: {} };
  const ref: ElementRef = { kind: "rack", name };
  return { ref, design: { ...design, racks: [...design.racks, group], canvas: withPosition(design, elementId(ref), position) } };
}

export function addNodePool(design: Design, position?: Position): Added {
  const name = uniqueName("pool", design.nodePools.map((p) => p.name));
  const pool: NodePool = { name, role: "worker", nics: { count: 2, speedGbps: 25 }, cpuCores: 32, memoryGiB: 256, disks: [], labels: {}, taints: [] };
  const ref: ElementRef = { kind: "pool", name };
  return { ref, design: { ...design, nodePools: [...design.nodePools, pool], canvas: withPosition(design, elementId(ref), position) } };
}

/** The first 10.N.0.0/16 (N from 100) that overlaps nothing the IP plan already holds. */
function freePodCidr(design: Design): string {
  const { ipPlan } = design;
  const used = [
    ...ipPlan.podPools.map((p) => p.cidr),
    ...ipPlan.nodeNetworks.map((n) => n.cidr),
    ipPlan.serviceCidr,
    ...ipPlan.reserved.map((r) => r.cidr),
    ...ipPlan.external.map((e) => e.cidr),
  ].flatMap((cidr) => {
    const parsed = parseCidr(cidr);
    return parsed.ok && parsed.value.family === 4 ? [parsed.value] : [];
  });
  for (let octet = 100; octet < 256; octet++) {
    const candidate = parseCidr(`10.${octet}.0.0/16`);
    if (!candidate.ok) continue;
    const { first, last } = candidate.value;
    if (used.every((u) => u.last < first || u.first > last)) return candidate.value.cidr;
  }
  return "10.100.0.0/16";
}

export function addPodPool(design: Design, position?: Position): Added {
  const name = uniqueName("pod-pool", design.ipPlan.podPools.map((p) => p.name));
  const pool: PodPool = { name, cidr: freePodCidr(design), blockSize: 26, nodePools: [], encapsulation: "none", natOutgoing: true, disabled: false };
  const ref: ElementRef = { kind: "podpool", name };
  return {
    ref,
    design: { ...design, ipPlan: { ...design.ipPlan, podPools: [...design.ipPlan.podPools, pool] }, canvas: withPosition(design, elementId(ref), position) },
  };
}

export function addZone(unpinned: Design, position?: Position): Added {
  const design = pinZoneLayout(unpinned);
  const name = uniqueName("zone", design.zones.map((z) => z.name));
  // A zone needs a pod pool to draw addresses from; the first one is the likeliest.
  const zone: Zone = { name, namespaces: [name], podSelector: {}, pool: design.ipPlan.podPools[0]?.name, ingressFromOutside: [] };
  const ref: ElementRef = { kind: "zone", name };
  return { ref, design: { ...design, zones: [...design.zones, zone], canvas: withPosition(design, elementId(ref), position) } };
}

/**
 * Saves where every zone is drawn now. Zones without a position follow the automatic layout, which
 * depends on the flows: pinned before a zone or a flow is added, none of them jumps away.
 */
export function pinZoneLayout(design: Design): Design {
  const layout = zoneLayout(design.zones, design.flows);
  const missing = Object.fromEntries(
    [...layout].filter(([name]) => !design.canvas.positions[`zone:${name}`]).map(([name, position]) => [`zone:${name}`, position]),
  );
  return Object.keys(missing).length === 0 ? design : setPositions(design, missing);
}

/** A flow opens one port to start with: NetworkPolicy with no ports would allow all of them. */
export function addFlow(unpinned: Design, from: string, to: string): Added {
  const design = pinZoneLayout(unpinned);
  const flow: Flow = { from, to, ports: [{ protocol: "TCP", port: 8080 }] };
  return { ref: { kind: "flow", index: design.flows.length }, design: { ...design, flows: [...design.flows, flow] } };
}

/** Places a node pool in a rack group with as many nodes per rack as its free leaf ports take. */
export function placePool(design: Design, rackName: string, poolName: string): Design {
  const pools = new Map(design.nodePools.map((p) => [p.name, p]));
  const pool = pools.get(poolName);
  if (!pool) return design;
  const racks = design.racks.map((rack) => {
    if (rack.name !== rackName || rack.placements.some((p) => p.pool === poolName)) return rack;
    const ports = design.fabric.leaf.downlinkPorts * rack.leavesPerRack;
    const used = rack.placements.reduce((sum, p) => sum + p.nodesPerRack * (pools.get(p.pool)?.nics.count ?? 1), 0);
    const nodesPerRack = Math.max(1, Math.floor((ports - used) / pool.nics.count));
    return { ...rack, placements: [...rack.placements, { pool: poolName, nodesPerRack }] };
  });
  return { ...design, racks };
}

/** Lets a node pool's nodes take pod addresses from a pod pool. */
export function linkPodPool(design: Design, podPoolName: string, nodePoolName: string): Design {
  const podPools = design.ipPlan.podPools.map((p) =>
    p.name === podPoolName && !p.nodePools.includes(nodePoolName) ? { ...p, nodePools: [...p.nodePools, nodePoolName] } : p,
  );
  return { ...design, ipPlan: { ...design.ipPlan, podPools } };
}

/**
 * What the selected element can be connected to, in the order the canvas draws them: the same
 * pairs `connect` accepts, so the keyboard ("C") offers exactly what dragging a link does.
 */
export function connectTargets(design: Design, source: ElementRef): ElementRef[] {
  const racks = design.racks.map((r): ElementRef => ({ kind: "rack", name: r.name }));
  const pools = design.nodePools.map((p): ElementRef => ({ kind: "pool", name: p.name }));
  const podPools = design.ipPlan.podPools.map((p): ElementRef => ({ kind: "podpool", name: p.name }));
  switch (source.kind) {
    case "rack":
    case "podpool":
      return pools;
    case "pool":
      return [...racks, ...podPools];
    case "zone":
      return design.zones.filter((z) => z.name !== source.name).map((z): ElementRef => ({ kind: "zone", name: z.name }));
    default:
      return [];
  }
}

/** Connecting two elements on the canvas: what it means depends on what is connected. */
export function connect(design: Design, source: ElementRef, target: ElementRef): Added | null {
  const pair = (a: ElementRef["kind"], b: ElementRef["kind"]) =>
    (source.kind === a && target.kind === b) || (source.kind === b && target.kind === a);
  const pick = <K extends ElementRef["kind"]>(kind: K) => (source.kind === kind ? source : target) as Extract<ElementRef, { kind: K }>;
  if (pair("pool", "rack")) {
    const rack = pick("rack");
    return { ref: rack, design: placePool(design, rack.name, pick("pool").name) };
  }
  if (pair("podpool", "pool")) {
    const podPool = pick("podpool");
    return { ref: podPool, design: linkPodPool(design, podPool.name, pick("pool").name) };
  }
  if (source.kind === "zone" && target.kind === "zone" && source.name !== target.name) {
    return addFlow(design, source.name, target.name);
  }
  return null;
}

function renameInCanvas(canvas: Design["canvas"], from: string, to: string): Design["canvas"] {
  const positions = renameKey(canvas.positions, from, to);
  const expanded = canvas.expanded.includes(from) ? canvas.expanded.map((id) => (id === from ? to : id)) : canvas.expanded;
  return positions === canvas.positions && expanded === canvas.expanded ? canvas : { ...canvas, positions, expanded };
}

/** Replaces one element with an edited copy; a new name is carried into everything that names it. */
export function replaceElement(design: Design, ref: ElementRef, value: unknown): Design {
  switch (ref.kind) {
    case "rack": {
      const next = value as RackGroup;
      const racks = design.racks.map((r) => (r.name === ref.name ? next : r));
      if (next.name === ref.name) return { ...design, racks };
      const nodeNetworks = design.ipPlan.nodeNetworks.map((n) =>
        n.scope === "rack" && n.rackGroups.includes(ref.name) ? { ...n, rackGroups: n.rackGroups.map((g) => (g === ref.name ? next.name : g)) } : n,
      );
      return {
        ...design,
        racks,
        ipPlan: { ...design.ipPlan, nodeNetworks },
        canvas: renameInCanvas(design.canvas, `rack:${ref.name}`, `rack:${next.name}`),
      };
    }
    case "pool": {
      const next = value as NodePool;
      const nodePools = design.nodePools.map((p) => (p.name === ref.name ? next : p));
      if (next.name === ref.name) return { ...design, nodePools };
      const rename = (name: string) => (name === ref.name ? next.name : name);
      return {
        ...design,
        nodePools,
        racks: design.racks.map((r) => ({ ...r, placements: r.placements.map((p) => ({ ...p, pool: rename(p.pool) })) })),
        ipPlan: { ...design.ipPlan, podPools: design.ipPlan.podPools.map((p) => ({ ...p, nodePools: p.nodePools.map(rename) })) },
        canvas: renameInCanvas(design.canvas, `pool:${ref.name}`, `pool:${next.name}`),
      };
    }
    case "podpool": {
      const next = value as PodPool;
      const podPools = design.ipPlan.podPools.map((p) => (p.name === ref.name ? next : p));
      if (next.name === ref.name) return { ...design, ipPlan: { ...design.ipPlan, podPools } };
      return {
        ...design,
        ipPlan: { ...design.ipPlan, podPools },
        zones: design.zones.map((z) => (z.pool === ref.name ? { ...z, pool: next.name } : z)),
        canvas: renameInCanvas(design.canvas, `podpool:${ref.name}`, `podpool:${next.name}`),
      };
    }
    case "zone": {
      const next = value as Zone;
      const zones = design.zones.map((z) => (z.name === ref.name ? next : z));
      if (next.name === ref.name) return { ...design, zones };
      const rename = (name: string) => (name === ref.name ? next.name : name);
      return {
        ...design,
        zones,
        flows: design.flows.map((f) => ({ ...f, from: rename(f.from), to: rename(f.to) })),
        canvas: renameInCanvas(design.canvas, `zone:${ref.name}`, `zone:${next.name}`),
      };
    }
    case "flow":
      return { ...design, flows: design.flows.map((f, i) => (i === ref.index ? (value as Flow) : f)) };
    case "spine":
    case "superspine":
      return { ...design, fabric: value as Design["fabric"] };
    case "design":
      return value as Design;
  }
}

function withoutCanvas(design: Design, id: string): Design["canvas"] {
  const positions = dropKey(design.canvas.positions, id);
  const expanded = design.canvas.expanded.filter((e) => e !== id);
  return { positions, expanded: expanded.length === design.canvas.expanded.length ? design.canvas.expanded : expanded };
}

/** Removes an element and the references to it (a removed zone takes its flows along). */
export function removeElement(design: Design, ref: ElementRef): Design {
  const canvas = withoutCanvas(design, elementId(ref));
  switch (ref.kind) {
    case "rack":
      return { ...design, racks: design.racks.filter((r) => r.name !== ref.name), canvas };
    case "pool":
      return {
        ...design,
        nodePools: design.nodePools.filter((p) => p.name !== ref.name),
        racks: design.racks.map((r) => ({ ...r, placements: r.placements.filter((p) => p.pool !== ref.name) })),
        ipPlan: { ...design.ipPlan, podPools: design.ipPlan.podPools.map((p) => ({ ...p, nodePools: p.nodePools.filter((n) => n !== ref.name) })) },
        canvas,
      };
    case "podpool":
      return {
        ...design,
        ipPlan: { ...design.ipPlan, podPools: design.ipPlan.podPools.filter((p) => p.name !== ref.name) },
        zones: design.zones.map((z) => (z.pool === ref.name ? { ...z, pool: undefined } : z)),
        canvas,
      };
    case "zone":
      return {
        ...design,
        zones: design.zones.filter((z) => z.name !== ref.name),
        flows: design.flows.filter((f) => f.from !== ref.name && f.to !== ref.name),
        canvas,
      };
    case "flow":
      return { ...design, flows: design.flows.filter((_, i) => i !== ref.index) };
    case "superspine":
      return { ...design, fabric: { ...design.fabric, superSpine: undefined }, canvas };
    case "spine":
    case "design":
      // The spine tier and the design itself are not removable: a fabric always has spines.
      return design;
  }
}

const offset = (p: Position | undefined): Position | undefined => (p ? { x: p.x + 40, y: p.y + 40 } : undefined);

type Named = { name: string };
type NamedList = { get: (d: Design) => Named[]; set: (d: Design, list: Named[]) => Design };

/**
 * The named lists an element can be copied within, and how to put a list back into the document
 * (the copies come from the same list, so they have its element type).
 */
const namedLists: Record<"rack" | "pool" | "podpool" | "zone", NamedList> = {
  rack: { get: (d) => d.racks, set: (d, racks) => ({ ...d, racks: racks as RackGroup[] }) },
  pool: { get: (d) => d.nodePools, set: (d, nodePools) => ({ ...d, nodePools: nodePools as NodePool[] }) },
  podpool: { get: (d) => d.ipPlan.podPools, set: (d, podPools) => ({ ...d, ipPlan: { ...d.ipPlan, podPools: podPools as PodPool[] } }) },
  zone: { get: (d) => d.zones, set: (d, zones) => ({ ...d, zones: zones as Zone[] }) },
};

/** A copy of the element under a free name, drawn a little below and to the right of the original. */
export function duplicateElement(design: Design, ref: ElementRef): Added | null {
  if (ref.kind === "flow") {
    const original = design.flows[ref.index];
    if (!original) return null;
    return { ref: { kind: "flow", index: design.flows.length }, design: { ...design, flows: [...design.flows, structuredClone(original)] } };
  }
  if (ref.kind !== "rack" && ref.kind !== "pool" && ref.kind !== "podpool" && ref.kind !== "zone") return null;
  const { kind, name } = ref;
  const list = namedLists[kind];
  const original = list.get(design).find((e) => e.name === name);
  if (!original) return null;
  const copyName = uniqueName(`${name.slice(0, 58)}-copy`, list.get(design).map((e) => e.name));
  const copy = { ...structuredClone(original), name: copyName };
  // A copied pod pool would overlap the original: it gets a free range of its own.
  if (kind === "podpool") (copy as PodPool).cidr = freePodCidr(design);
  const copyRef: ElementRef = { kind, name: copyName };
  const next = list.set(design, [...list.get(design), copy]);
  return { ref: copyRef, design: { ...next, canvas: withPosition(design, elementId(copyRef), offset(design.canvas.positions[elementId(ref)])) } };
}

/** Sets the value a JSON pointer addresses (an "apply fix" suggestion), copying the path to it. */
export function setAtPointer(design: Design, pointer: string, value: unknown): Design {
  const segments = fromPointer(pointer);
  const set = (node: unknown, index: number): unknown => {
    if (index === segments.length) return value;
    const key = segments[index] as string;
    if (Array.isArray(node)) {
      const copy = [...node];
      copy[Number(key)] = set(node[Number(key)], index + 1);
      return copy;
    }
    const record = (node ?? {}) as Record<string, unknown>;
    return { ...record, [key]: set(record[key], index + 1) };
  };
  return set(design, 0) as Design;
}

export function setPositions(design: Design, positions: Record<string, Position>): Design {
  return { ...design, canvas: { ...design.canvas, positions: { ...design.canvas.positions, ...positions } } };
}

export function toggleExpanded(design: Design, id: string): Design {
  const expanded = design.canvas.expanded.includes(id) ? design.canvas.expanded.filter((e) => e !== id) : [...design.canvas.expanded, id];
  return { ...design, canvas: { ...design.canvas, expanded } };
}
