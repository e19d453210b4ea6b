// What changed between two revisions of a design document, element by element, for reviewers.
// Both documents are parsed (defaults filled), so a field left out in one and written with its
// default value in the other is no change. Pure: same input, same output.
import { toPointer, type Design } from "../design";

/** The kinds of element a reviewer reads about; list elements are matched by name across revisions. */
export const elementKinds = [
  "cluster",
  "fabric",
  "rack",
  "nodePool",
  "network",
  "ipPlan",
  "nodeNetwork",
  "podPool",
  "reservedRange",
  "externalRange",
  "zone",
  "flow",
  "storage",
  "storageBackend",
  "storageClass",
  "backup",
  "schedule",
  "restoreTest",
] as const;
export type ElementKind = (typeof elementKinds)[number];

export type ChangeType = "added" | "removed" | "changed";

/** One value that differs, at its JSON pointer (in the newer document; in the older one for removals). */
export type FieldChange = { path: string; before?: unknown; after?: unknown };

export type ElementChange = {
  kind: ElementKind;
  /** Stable across revisions: "rack:compute", "flow:frontend->backend", "cluster". */
  key: string;
  /** What a reader calls it: the element's name, "frontend -> backend", or the section. */
  label: string;
  change: ChangeType;
  /** Pointer to the element in the newer document, or in the older one when it was removed. */
  path: string;
  /** The element before and after (absent for additions / removals). */
  before?: unknown;
  after?: unknown;
  /** For "changed": every value that differs. Empty for additions and removals. */
  fields: FieldChange[];
};

export type DocumentDiff = { changes: ElementChange[] };

type Json = unknown;
type Keyed = { key: string; label: string; value: Json; index: number };

/** A list of the document, how its elements are keyed across revisions, and where it lives. */
type ListSpec = {
  kind: ElementKind;
  path: (string | number)[];
  read: (doc: Design) => Json[];
  /** Key (without the kind prefix) and label of an element. */
  identify: (element: never) => { key: string; label: string };
};

const byName = (element: { name: string }) => ({ key: element.name, label: element.name });

// Flows and restore tests have no name: they are keyed by what they connect. Two flows between
// the same zones are told apart by their order ("#2").
const lists: ListSpec[] = [
  { kind: "rack", path: ["racks"], read: (d) => d.racks, identify: byName },
  { kind: "nodePool", path: ["nodePools"], read: (d) => d.nodePools, identify: byName },
  { kind: "nodeNetwork", path: ["ipPlan", "nodeNetworks"], read: (d) => d.ipPlan.nodeNetworks, identify: byName },
  { kind: "podPool", path: ["ipPlan", "podPools"], read: (d) => d.ipPlan.podPools, identify: byName },
  { kind: "reservedRange", path: ["ipPlan", "reserved"], read: (d) => d.ipPlan.reserved, identify: byName },
  { kind: "externalRange", path: ["ipPlan", "external"], read: (d) => d.ipPlan.external, identify: byName },
  { kind: "zone", path: ["zones"], read: (d) => d.zones, identify: byName },
  {
    kind: "flow",
    path: ["flows"],
    read: (d) => d.flows,
    identify: (flow: { from: string; to: string }) => ({ key: `${flow.from}->${flow.to}`, label: `${flow.from} -> ${flow.to}` }),
  },
  { kind: "storageBackend", path: ["storage", "backends"], read: (d) => d.storage.backends, identify: byName },
  { kind: "storageClass", path: ["storage", "classes"], read: (d) => d.storage.classes, identify: byName },
  { kind: "schedule", path: ["backup", "schedules"], read: (d) => d.backup.schedules, identify: byName },
  {
    kind: "restoreTest",
    path: ["backup", "restoreTests"],
    read: (d) => d.backup.restoreTests,
    identify: (test: { schedule: string }) => ({ key: test.schedule, label: `restore test of ${test.schedule}` }),
  },
];

/**
 * Sections diffed as one element each, without their lists (diffed above). The canvas section
 * (positions, expanded racks) is left out on purpose: layout is kept apart from the model so that
 * moving a rack never changes the plan (shared/design.md), and a review is about the model.
 */
const sections: { kind: ElementKind; key: keyof Design; omit: string[] }[] = [
  { kind: "cluster", key: "cluster", omit: [] },
  { kind: "fabric", key: "fabric", omit: [] },
  { kind: "network", key: "network", omit: [] },
  { kind: "ipPlan", key: "ipPlan", omit: ["nodeNetworks", "podPools", "reserved", "external"] },
  { kind: "storage", key: "storage", omit: ["backends", "classes"] },
  { kind: "backup", key: "backup", omit: ["schedules", "restoreTests"] },
];

export function diffDocuments(before: Design, after: Design): DocumentDiff {
  const changes: ElementChange[] = [];
  for (const section of sections) {
    const fields = diffValues(without(before[section.key], section.omit), without(after[section.key], section.omit), [section.key]);
    if (fields.length > 0) {
      changes.push({ kind: section.kind, key: section.kind, label: section.key, change: "changed", path: toPointer([section.key]), fields });
    }
  }
  for (const list of lists) changes.push(...diffList(list, list.read(before), list.read(after)));
  return { changes };
}

function without(section: unknown, omit: string[]): Json {
  const copy = { ...(section as Record<string, unknown>) };
  for (const key of omit) delete copy[key];
  return copy;
}

function keyed(list: ListSpec, elements: Json[]): Map<string, Keyed> {
  const result = new Map<string, Keyed>();
  const seen = new Map<string, number>();
  elements.forEach((value, index) => {
    const { key, label } = list.identify(value as never);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const suffix = occurrence > 1 ? `#${occurrence}` : "";
    result.set(`${list.kind}:${key}${suffix}`, { key: `${list.kind}:${key}${suffix}`, label: `${label}${suffix}`, value, index });
  });
  return result;
}

/** Changed and added elements in the newer order, then removed ones in the older order. */
function diffList(list: ListSpec, before: Json[], after: Json[]): ElementChange[] {
  const old = keyed(list, before);
  const current = keyed(list, after);
  const changes: ElementChange[] = [];
  for (const [key, now] of current) {
    const path = [...list.path, now.index];
    const was = old.get(key);
    if (!was) {
      changes.push({ kind: list.kind, key, label: now.label, change: "added", path: toPointer(path), after: now.value, fields: [] });
      continue;
    }
    const fields = diffValues(was.value, now.value, path);
    if (fields.length > 0) {
      changes.push({ kind: list.kind, key, label: now.label, change: "changed", path: toPointer(path), before: was.value, after: now.value, fields });
    }
  }
  for (const [key, was] of old) {
    if (current.has(key)) continue;
    changes.push({ kind: list.kind, key, label: was.label, change: "removed", path: toPointer([...list.path, was.index]), before: was.value, fields: [] });
  }
  return changes;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The leaves that differ between two JSON values. Objects are walked key by key; arrays inside an
 * element (placements, disks, ports, namespaces) are short and read as one value, so they are
 * compared whole and reported at their own pointer.
 */
export function diffValues(before: Json, after: Json, path: (string | number)[]): FieldChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffValues(before[key], after[key], [...path, key]));
  }
  if (jsonEqual(before, after)) return [];
  const change: FieldChange = { path: toPointer(path) };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  return [change];
}

/** Equality of JSON values, independent of key order. */
export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && jsonEqual(a[key], b[key]));
  }
  return false;
}
