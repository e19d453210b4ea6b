// What a review comment can be anchored to: the elements of a revision's document, each with the
// JSON pointer stored on the comment and a label for people. Pure.
import { fromPointer, type Design } from "../design";

export type AnchorOption = { pointer: string; label: string };

export function anchorOptions(design: Design): AnchorOption[] {
  const named = (section: string, kind: string, list: { name: string }[]) =>
    list.map((element, i) => ({ pointer: `${section}/${i}`, label: `${kind} ${element.name}` }));
  return [
    { pointer: "/cluster", label: "cluster settings" },
    { pointer: "/fabric", label: "fabric (spine and leaf tiers)" },
    ...named("/racks", "rack group", design.racks),
    ...named("/nodePools", "node pool", design.nodePools),
    { pointer: "/network", label: "network settings" },
    ...named("/ipPlan/podPools", "pod pool", design.ipPlan.podPools),
    ...named("/zones", "zone", design.zones),
    ...design.flows.map((flow, i) => ({ pointer: `/flows/${i}`, label: `flow ${flow.from} -> ${flow.to}` })),
    ...named("/storage/backends", "storage backend", design.storage.backends),
    ...named("/storage/classes", "storage class", design.storage.classes),
    ...named("/backup/schedules", "backup schedule", design.backup.schedules),
  ];
}

/**
 * A comment's anchor for people: the element's label when the pointer is, or is inside, one of
 * the options ("/racks/0/count" -> "rack group compute: count"), else the pointer itself.
 */
export function anchorLabel(options: AnchorOption[], pointer: string): string {
  const match = options
    .filter((option) => pointer === option.pointer || pointer.startsWith(`${option.pointer}/`))
    .sort((a, b) => b.pointer.length - a.pointer.length)[0];
  if (!match) return pointer;
  if (match.pointer === pointer) return match.label;
  return `${match.label}: ${fromPointer(pointer.slice(match.pointer.length)).join(".")}`;
}
