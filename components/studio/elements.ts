import type { Design } from "@/lib/design";
import { fromPointer } from "@/lib/design";

/**
 * Ids of what the studio can select. They are the canvas node and edge ids too, so a finding's
 * JSON pointer, the inspector and the canvas all speak of an element the same way.
 */
export type ElementRef =
  | { kind: "design" }
  | { kind: "spine" }
  | { kind: "superspine" }
  | { kind: "rack"; name: string }
  | { kind: "pool"; name: string }
  | { kind: "podpool"; name: string }
  | { kind: "zone"; name: string }
  | { kind: "flow"; index: number };

/** What each kind of element is called in the inspector's title and the connect dialog. */
export const kindTitles: Record<ElementRef["kind"], string> = {
  design: "Design settings",
  spine: "Fabric",
  superspine: "Fabric",
  rack: "Rack group",
  pool: "Node pool",
  podpool: "Pod pool",
  zone: "Security zone",
  flow: "Allowed flow",
};

export function elementId(ref: ElementRef): string {
  switch (ref.kind) {
    case "design":
    case "spine":
    case "superspine":
      return ref.kind;
    case "flow":
      return `flow:${ref.index}`;
    default:
      return `${ref.kind}:${ref.name}`;
  }
}

export function parseElementId(id: string): ElementRef | null {
  if (id === "design" || id === "spine" || id === "superspine") return { kind: id };
  const colon = id.indexOf(":");
  if (colon < 0) return null;
  const kind = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  switch (kind) {
    case "rack":
      // An expanded rack ("rack:compute#3") stands for its group.
      return { kind, name: rest.split("#")[0] ?? rest };
    case "pool":
    case "podpool":
    case "zone":
      return { kind, name: rest };
    case "flow":
      return { kind, index: Number(rest) };
    default:
      return null;
  }
}

/**
 * The element a finding's JSON pointer is about: /racks/3/... is the rack group at index 3,
 * /ipPlan/podPools/1 the pod pool, /fabric/superSpine the super-spine, any other /fabric the spine
 * tier, and what is not drawn (cluster, network, storage, backup) the design settings.
 */
export function elementForPointer(design: Design, pointer: string): ElementRef {
  let segments: string[];
  try {
    segments = fromPointer(pointer);
  } catch {
    return { kind: "design" };
  }
  const [section, second, third] = segments;
  const at = <T extends { name: string }>(list: T[], index: string | undefined) => list[Number(index)]?.name;
  switch (section) {
    case "racks": {
      const name = at(design.racks, second);
      return name ? { kind: "rack", name } : { kind: "design" };
    }
    case "nodePools": {
      const name = at(design.nodePools, second);
      return name ? { kind: "pool", name } : { kind: "design" };
    }
    case "zones": {
      const name = at(design.zones, second);
      return name ? { kind: "zone", name } : { kind: "design" };
    }
    case "flows":
      return design.flows[Number(second)] ? { kind: "flow", index: Number(second) } : { kind: "design" };
    case "ipPlan": {
      if (second !== "podPools") return { kind: "design" };
      const name = at(design.ipPlan.podPools, third);
      return name ? { kind: "podpool", name } : { kind: "design" };
    }
    case "fabric":
      return second === "superSpine" && design.fabric.superSpine ? { kind: "superspine" } : { kind: "spine" };
    default:
      return { kind: "design" };
  }
}

/** Which view draws an element: zones and flows live in the zones view, the rest in the fabric. */
export function viewOf(ref: ElementRef): "fabric" | "zones" | null {
  if (ref.kind === "zone" || ref.kind === "flow") return "zones";
  if (ref.kind === "design") return null;
  return "fabric";
}

/**
 * The field inside the element's form that a pointer names, as the form names its inputs
 * ("placements.0.nodesPerRack" for /racks/3/placements/0/nodesPerRack), or "" for the whole element.
 */
export function fieldForPointer(pointer: string): string {
  let segments: string[];
  try {
    segments = fromPointer(pointer);
  } catch {
    return "";
  }
  const [section, second] = segments;
  const elementLength = section === "ipPlan" && second === "podPools" ? 3 : ["racks", "nodePools", "zones", "flows"].includes(section ?? "") ? 2 : 1;
  return segments.slice(elementLength).join(".");
}
