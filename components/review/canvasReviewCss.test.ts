import { describe, expect, it } from "vitest";
import { canvasReviewCss } from "./canvasReviewCss";

describe("canvasReviewCss", () => {
  it("outlines added and changed nodes, strokes edges, and skips removed elements the canvas does not draw", () => {
    const css = canvasReviewCss({ "rack:gpu": "added", "flow:0": "changed", "rack:infra": "removed" }, {});
    expect(css.split("\n")).toEqual([
      '.react-flow__node[data-id="rack:gpu"] > * { outline: 3px solid var(--color-emerald-500, #10b981); outline-offset: 3px; }',
      '.react-flow__edge[data-id="rack:gpu"] path { stroke: var(--color-emerald-500, #10b981); stroke-width: 3px; }',
      '.react-flow__node[data-id="flow:0"] > * { outline: 3px solid var(--color-amber-500, #f59e0b); outline-offset: 3px; }',
      '.react-flow__edge[data-id="flow:0"] path { stroke: var(--color-amber-500, #f59e0b); stroke-width: 3px; }',
    ]);
  });

  it("marks elements with open threads by count", () => {
    const css = canvasReviewCss({}, { "rack:compute": 2, spine: 1, "zone:web": 0 });
    expect(css).toContain('.react-flow__node[data-id="rack:compute"]::before { content: "2 comments";');
    expect(css).toContain('.react-flow__node[data-id="spine"]::before { content: "1 comment";');
    expect(css).not.toContain("zone:web");
  });

  it("cannot be broken out of by a hostile id", () => {
    const css = canvasReviewCss({ 'x"] { } body { display: none } [a="': "changed" }, {});
    expect(css).toContain('[data-id="x\\"] { } body { display: none } [a=\\""]');
    expect(css.split("\n")).toHaveLength(2);
  });
});
