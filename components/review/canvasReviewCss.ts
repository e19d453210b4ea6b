// The canvas marks of a review, as CSS over React Flow's own markup: every node and edge carries
// its id in data-id (.react-flow__node[data-id="rack:compute"]), so diff colours and comment
// markers need no change to how the canvas builds its graph. Pure.
import type { ChangeType } from "@/lib/review/document-diff";
import type { DiffHighlights } from "@/lib/review/highlights";

const colour: Record<ChangeType, string> = {
  added: "var(--color-emerald-500, #10b981)",
  changed: "var(--color-amber-500, #f59e0b)",
  removed: "var(--color-red-500, #ef4444)",
};

/** A CSS string literal: ids are DNS-1123 names and fixed words, but quote them safely anyway. */
const quoted = (value: string) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, " ")}"`;

/**
 * Outlines of added and changed nodes (removed ones are not drawn in the newer revision), strokes
 * of changed flows, and a marker with the number of open comment threads on each element.
 */
export function canvasReviewCss(highlights: DiffHighlights, openThreads: Record<string, number>): string {
  const rules: string[] = [];
  for (const [id, change] of Object.entries(highlights)) {
    if (change === "removed") continue;
    rules.push(`.react-flow__node[data-id=${quoted(id)}] > * { outline: 3px solid ${colour[change]}; outline-offset: 3px; }`);
    rules.push(`.react-flow__edge[data-id=${quoted(id)}] path { stroke: ${colour[change]}; stroke-width: 3px; }`);
  }
  for (const [id, count] of Object.entries(openThreads)) {
    if (count <= 0) continue;
    const label = `${count} comment${count === 1 ? "" : "s"}`;
    rules.push(
      `.react-flow__node[data-id=${quoted(id)}]::before { content: ${quoted(label)}; position: absolute; top: -1.4rem; left: 0; z-index: 20; ` +
        "padding: 0 0.4rem; border-radius: 9999px; font-size: 0.7rem; line-height: 1.2rem; " +
        "background: var(--color-sky-600, #0284c7); color: white; white-space: nowrap; }",
    );
  }
  return rules.join("\n");
}
