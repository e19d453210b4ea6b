// Canvas colouring of a document diff: which drawn element was added, removed or changed.
import type { ChangeType, DocumentDiff, ElementChange } from "./document-diff";

/** Canvas element id (components/studio/elements.ts) -> how it changed. */
export type DiffHighlights = Record<string, ChangeType>;

const canvasPrefix: Partial<Record<ElementChange["kind"], string>> = {
  rack: "rack",
  nodePool: "pool",
  podPool: "podpool",
  zone: "zone",
};

/**
 * The canvas ids of the changed elements that the canvas draws. Racks, node pools, pod pools and
 * zones are named ("rack:compute"); flows are drawn as "flow:<index>" of the newer document. A
 * removed flow has no index there (the index would name another flow), so it is keyed
 * "flow:<from>-><to>", like the diff. Fabric changes colour the spine tier, or the super-spine
 * when they are under /fabric/superSpine. Sections the canvas does not draw (cluster, network,
 * storage, backup) are left out: the diff page lists them.
 */
export function diffHighlights(diff: DocumentDiff): DiffHighlights {
  const highlights: DiffHighlights = {};
  for (const change of diff.changes) {
    const name = change.key.slice(change.key.indexOf(":") + 1);
    const prefix = canvasPrefix[change.kind];
    if (prefix) highlights[`${prefix}:${name}`] = change.change;
    else if (change.kind === "flow") {
      const id = change.change === "removed" ? change.key : `flow:${change.path.split("/").pop()}`;
      highlights[id] = change.change;
    } else if (change.kind === "fabric") Object.assign(highlights, fabricHighlights(change));
  }
  return highlights;
}

function fabricHighlights(change: ElementChange): DiffHighlights {
  const result: DiffHighlights = {};
  for (const field of change.fields) {
    if (field.path === "/fabric/superSpine" || field.path.startsWith("/fabric/superSpine/")) {
      // The whole super-spine object appears or goes when the tier is added or removed.
      const whole = field.path === "/fabric/superSpine";
      result.superspine = whole && field.before === undefined ? "added" : whole && field.after === undefined ? "removed" : "changed";
    } else {
      result.spine = "changed";
    }
  }
  return result;
}
