"use client";
import { useMemo } from "react";
import { FlowCanvas, type CanvasViewProps } from "./FlowCanvas";
import { zoneGraph } from "./zoneGraph";
import { zoneNodeTypes } from "./ZoneNode";

const edgeElement = (edgeId: string) => edgeId;
const bothZones = (source: string, target: string) => source.startsWith("zone:") && target.startsWith("zone:");

export function ZonesView({
  design,
  badges,
  selection,
  highlighted,
  onSelect,
  onMove,
  onConnect,
  apiRef,
}: CanvasViewProps) {
  const { zones, flows, canvas } = design;
  const graph = useMemo(() => zoneGraph({ zones, flows, canvas, badges, highlighted }), [zones, flows, canvas, badges, highlighted]);
  return (
    <FlowCanvas
      label="Security zones diagram"
      nodes={graph.nodes}
      edges={graph.edges}
      nodeTypes={zoneNodeTypes}
      selection={selection}
      edgeElement={edgeElement}
      onSelect={onSelect}
      onMove={onMove}
      onConnect={onConnect}
      focus={highlighted}
      apiRef={apiRef}
      isValidConnection={bothZones}
    />
  );
}
