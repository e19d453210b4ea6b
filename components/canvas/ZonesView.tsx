"use client";
import { useMemo, type RefObject } from "react";
import type { Design } from "@/lib/design";
import type { Badges } from "./badges";
import { FlowCanvas, type CanvasApi } from "./FlowCanvas";
import { zoneGraph } from "./zoneGraph";
import { zoneNodeTypes } from "./ZoneNode";

type Position = { x: number; y: number };

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
}: {
  design: Design;
  badges: Badges;
  selection: string | null;
  highlighted: string | null;
  onSelect: (id: string | null) => void;
  onMove: (positions: Record<string, Position>, coalesceKey?: string) => void;
  apiRef: RefObject<CanvasApi | null>;
  onConnect: (source: string, target: string) => void;
}) {
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
