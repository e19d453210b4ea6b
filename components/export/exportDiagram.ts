import { getViewportForBounds, type Rect } from "@xyflow/react";
import { toPng, toSvg } from "html-to-image";
import { saveUrlAs } from "./download";

/**
 * Export of the React Flow diagram as an image, as React Flow's "download image" example does it:
 * html-to-image draws the `.react-flow__viewport` element (nodes are HTML, edges SVG) into an image,
 * and getViewportForBounds frames all the nodes rather than only what is on screen.
 * html-to-image is pinned to 1.11.11 because later versions drop the edges' SVG styles
 * (bubkoo/html-to-image#516, noted in React Flow's example).
 */

/** html-to-image does not export its options type. */
type Options = NonNullable<Parameters<typeof toPng>[1]>;

/** The on-screen controls are tools, not part of the drawing. */
const controlClasses = ["react-flow__minimap", "react-flow__controls", "react-flow__panel", "react-flow__attribution"];

/** Images wider or taller than this are drawn at 1x so that the canvas stays within browser limits. */
const largestSide = 4096;
const marginPx = 40;

function isDrawing(node: HTMLElement): boolean {
  return !controlClasses.some((name) => node.classList?.contains(name));
}

/**
 * The colour behind the diagram: the first opaque background up the tree, so that a dark-theme
 * export is not dark lines on a transparent (then white) background.
 */
function backgroundOf(element: HTMLElement): string {
  for (let node: HTMLElement | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== "transparent" && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return "#ffffff";
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Size and transform that show every node in `bounds` at up to 1:1. */
function framing(bounds: Rect): Options {
  const width = Math.round(clamp(bounds.width + 2 * marginPx, 320, largestSide));
  const height = Math.round(clamp(bounds.height + 2 * marginPx, 240, largestSide));
  const { x, y, zoom } = getViewportForBounds(bounds, width, height, 0.05, 1, marginPx / Math.max(width, height));
  return {
    width,
    height,
    pixelRatio: Math.max(width, height) > largestSide / 2 ? 1 : 2,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` },
  };
}

function imageOptions(element: HTMLElement, bounds: Rect | undefined): Options {
  return { backgroundColor: backgroundOf(element), filter: isDrawing, pixelRatio: 2, ...(bounds ? framing(bounds) : {}) };
}

/**
 * Saves `element` (the `.react-flow__viewport`) as `<fileName>.png`. With `bounds` the image frames
 * the whole diagram; pass the instance's `useReactFlow().getNodesBounds(getNodes())`, which knows
 * the measured node sizes (the free getNodesBounds sees none on controlled nodes and crops).
 * Without bounds the image is what the element shows.
 */
export async function exportPng(element: HTMLElement, fileName: string, bounds?: Rect): Promise<void> {
  saveUrlAs(await toPng(element, imageOptions(element, bounds)), fileName, "png");
}

/** Saves `element` as `<fileName>.svg` (nodes as foreignObject HTML, edges as SVG); `bounds` as for exportPng. */
export async function exportSvg(element: HTMLElement, fileName: string, bounds?: Rect): Promise<void> {
  saveUrlAs(await toSvg(element, imageOptions(element, bounds)), fileName, "svg");
}
