"use client";
import { useCallback, useMemo } from "react";
import type { Badges } from "./badges";
import { fabricGraph } from "./fabricGraph";
import { fabricNodeTypes } from "./FabricNodes";
import { FlowCanvas, type CanvasViewProps } from "./FlowCanvas";

/** Which element a fabric edge stands for: uplinks and placements are edited on their rack group. */
function edgeElement(edgeId: string): string | null {
  const [kind, rest = ""] = edgeId.split(/:(.*)/s);
  const name = rest.split(/[#/]/)[0] ?? "";
  if (kind === "uplink") return name === "spine" ? "superspine" : `rack:${name}`;
  if (kind === "placement") return `rack:${name}`;
  if (kind === "podpool-link") return `podpool:${name}`;
  return null;
}

const noBadges: Badges = new Map();

const kindOf = (id: string) => id.split(":")[0];
/** Only connections that mean something: node pool to rack group, pod pool to node pool. */
function isValidConnection(source: string, target: string): boolean {
  const kinds = new Set([kindOf(source), kindOf(target)]);
  return (kinds.has("pool") && kinds.has("rack")) || (kinds.has("pool") && kinds.has("podpool"));
}

export function FabricView({
  design,
  badges,
  selection,
  highlighted,
  onSelect,
  onMove,
  onConnect,
  onToggleExpand,
  apiRef,
}: CanvasViewProps & { onToggleExpand: (id: string) => void }) {
  const { fabric, racks, nodePools, ipPlan, canvas } = design;
  const podPools = ipPlan.podPools;
  const nodes = useMemo(
    () => fabricGraph({ fabric, racks, nodePools, podPools, canvas, badges, highlighted }).nodes,
    [fabric, racks, nodePools, podPools, canvas, badges, highlighted],
  );
  // Links depend on neither positions, badges nor highlights: derived apart, the same objects survive
  // a drop or a finding click, and React Flow does not redraw 2,000 of them for nothing.
  const expanded = canvas.expanded;
  const edges = useMemo(
    () => fabricGraph({ fabric, racks, nodePools, podPools, canvas: { positions: {}, expanded }, badges: noBadges, highlighted: null }).edges,
    [fabric, racks, nodePools, podPools, expanded],
  );
  const onDoubleClick = useCallback((id: string) => {
    if (id.startsWith("rack:")) onToggleExpand(id);
  }, [onToggleExpand]);
  return (
    <FlowCanvas
      label="Fabric diagram"
      nodes={nodes}
      edges={edges}
      nodeTypes={fabricNodeTypes}
      selection={selection}
      edgeElement={edgeElement}
      onSelect={onSelect}
      onMove={onMove}
      onConnect={onConnect}
      focus={highlighted}
      apiRef={apiRef}
      isValidConnection={isValidConnection}
      onNodeDoubleClick={onDoubleClick}
      minimap
    />
  );
}
