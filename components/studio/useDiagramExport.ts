"use client";
import type { RefObject } from "react";
import type { CanvasApi } from "@/components/canvas/FlowCanvas";
import { saveUrlAs } from "@/components/export/download";
import { exportPng, exportSvg } from "@/components/export/exportDiagram";
import type { ExportAction } from "./ExportMenu";
import type { View } from "./Toolbar";

/** The export menu's entries: the drawn diagram as PNG or SVG, and the design as a JSON file. */
export function useDiagramExport({
  designId,
  name,
  view,
  canvasRoot,
  canvasApi,
}: {
  designId: string;
  name: string;
  view: View;
  canvasRoot: RefObject<HTMLDivElement | null>;
  canvasApi: RefObject<CanvasApi | null>;
}): ExportAction[] {
  const drawn = view !== "manifests";
  const diagram = (save: typeof exportPng) => async () => {
    const viewport = canvasRoot.current?.querySelector<HTMLElement>(".react-flow__viewport");
    if (!viewport) throw new Error("switch to the Fabric or Zones view first");
    await save(viewport, `${name}-${view}`, canvasApi.current?.bounds());
  };
  return [
    { label: "Diagram as PNG", run: diagram(exportPng), disabled: !drawn },
    { label: "Diagram as SVG", run: diagram(exportSvg), disabled: !drawn },
    {
      label: "Design as JSON (saved head)",
      run: () => saveUrlAs(`/api/designs/${encodeURIComponent(designId)}/export`, name, "json"),
    },
  ];
}
