"use client";
import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  type Connection,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
  type NodeTypes,
  type Rect,
  useReactFlow,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import type { Design } from "@/lib/design";
import type { Badges } from "./badges";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type RefObject } from "react";

type Position = { x: number; y: number };

const darkQuery = "(prefers-color-scheme: dark)";
const subscribeToScheme = (onChange: () => void) => {
  const query = window.matchMedia(darkQuery);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/**
 * The system's colour scheme. React Flow's own colorMode="system" reads it during the first render
 * on the client, which then disagrees with the server's and keeps the server's "light" class after
 * hydration; useSyncExternalStore renders "light" while hydrating and the real scheme right after.
 */
function useColorMode(): "light" | "dark" {
  const dark = useSyncExternalStore(subscribeToScheme, () => window.matchMedia(darkQuery).matches, () => false);
  return dark ? "dark" : "light";
}

/** What the studio asks of the drawn diagram from outside it (the export menu). */
export type CanvasApi = { bounds: () => Rect };

/** Lives inside <ReactFlow>, where its instance is reachable: frames the focused element, exposes bounds. */
function CanvasHelpers({ focus, apiRef }: { focus: string | null; apiRef?: RefObject<CanvasApi | null> }) {
  const flow = useReactFlow();
  useEffect(() => {
    if (focus && flow.getNode(focus)) void flow.fitView({ nodes: [{ id: focus }], duration: 300, maxZoom: 1.2, padding: 0.6 });
  }, [focus, flow]);
  useEffect(() => {
    if (!apiRef) return;
    apiRef.current = { bounds: () => flow.getNodesBounds(flow.getNodes()) };
    return () => {
      apiRef.current = null;
    };
  }, [apiRef, flow]);
  return null;
}

/** What the studio hands each view (fabric, zones): the design, its finding badges and callbacks. */
export type CanvasViewProps = {
  design: Design;
  badges: Badges;
  selection: string | null;
  highlighted: string | null;
  onSelect: (id: string | null) => void;
  onMove: FlowCanvasProps["onMove"];
  apiRef: RefObject<CanvasApi | null>;
  onConnect: (source: string, target: string) => void;
};

export type FlowCanvasProps = {
  nodes: Node[];
  edges: Edge[];
  nodeTypes: NodeTypes;
  /** The selected element id (node id, or the element an edge stands for). */
  selection: string | null;
  /** Which element an edge stands for when it is clicked (a placement edge: its rack group). */
  edgeElement: (edgeId: string) => string | null;
  onSelect: (id: string | null) => void;
  /**
   * Called once when a drag ends, with the new positions of the moved top-level nodes; and for
   * each arrow-key nudge, with a key that merges a run of nudges into one undo step.
   */
  onMove: (positions: Record<string, Position>, coalesceKey?: string) => void;
  onConnect: (source: string, target: string) => void;
  isValidConnection?: (source: string, target: string) => boolean;
  onNodeDoubleClick?: (id: string) => void;
  label: string;
  /** An element to bring into view (a finding was clicked). */
  focus: string | null;
  apiRef?: RefObject<CanvasApi | null>;
  /** An overview in the corner, for diagrams bigger than the screen. */
  minimap?: boolean;
};

/**
 * React Flow with the studio's rules: the document is the truth, React Flow only holds what is
 * transient (positions while a node is being dragged, measured sizes). A drag therefore re-renders
 * only the canvas, frame by frame, and reaches the document (and its undo history) once, on drop.
 */
export function FlowCanvas({ nodes, edges, nodeTypes, selection, edgeElement, onSelect, onMove, onConnect, isValidConnection, onNodeDoubleClick, label, focus, apiRef, minimap = false }: FlowCanvasProps) {
  const [localNodes, setLocalNodes] = useState(nodes);
  const [localEdges, setLocalEdges] = useState(edges);
  const [sources, setSources] = useState({ nodes, edges });
  // Adopt a new derivation during render (React's "adjusting state when a prop changes"), keeping
  // the sizes React Flow measured so that nodes do not blink while being measured again.
  if (sources.nodes !== nodes || sources.edges !== edges) {
    const measured = new Map(localNodes.map((n) => [n.id, n.measured]));
    setSources({ nodes, edges });
    setLocalNodes(nodes.map((n) => (measured.get(n.id) ? { ...n, measured: measured.get(n.id) } : n)));
    setLocalEdges(edges);
  }

  const shownNodes = useMemo(
    () => localNodes.map((n) => ((n.id === selection) === Boolean(n.selected) ? n : { ...n, selected: n.id === selection })),
    [localNodes, selection],
  );
  // While an expanded rack group is dragged, the links of the racks inside it are left out: React
  // Flow updates every link it holds on every frame (hidden ones too), which for 1,808 links makes
  // the drag stutter. They are back on drop.
  const [inside, setInside] = useState<ReadonlySet<string>>(() => new Set());
  const shownEdges = useMemo(
    () =>
      localEdges.flatMap((e) => {
        if (inside.has(e.source) || inside.has(e.target)) return [];
        const selected = e.id === selection;
        return [selected === Boolean(e.selected) ? e : { ...e, selected }];
      }),
    [localEdges, selection, inside],
  );

  const dragging = useRef(false);
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      const nudged: Record<string, Position> = {};
      for (const c of changes) {
        if (c.type === "position" && c.position && !c.dragging && !dragging.current) nudged[c.id] = c.position;
      }
      const ids = Object.keys(nudged);
      if (ids.length > 0) onMove(nudged, `nudge:${ids.join(",")}`);
      const picked = changes.find((c) => c.type === "select" && c.selected);
      if (picked && picked.type === "select") onSelect(picked.id);
      else if (changes.some((c) => c.type === "select" && !c.selected && c.id === selection)) onSelect(null);
      const rest = changes.filter((c) => c.type !== "select" && c.type !== "remove");
      if (rest.length > 0) setLocalNodes((current) => applyNodeChanges(rest, current));
    },
    [onSelect, selection, onMove],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const picked = changes.find((c) => c.type === "select" && c.selected);
      if (picked && picked.type === "select") onSelect(edgeElement(picked.id));
      const rest = changes.filter((c) => c.type !== "select" && c.type !== "remove");
      if (rest.length > 0) setLocalEdges((current) => applyEdgeChanges(rest, current));
    },
    [onSelect, edgeElement],
  );

  const colorMode = useColorMode();
  const many = edges.length > 300;
  return (
    <ReactFlow
      aria-label={label}
      nodes={shownNodes}
      edges={shownEdges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onNodeDragStart={(_, node) => {
        dragging.current = true;
        const children = localNodes.filter((n) => n.parentId === node.id).map((n) => n.id);
        if (children.length > 0) setInside(new Set(children));
      }}
      onNodeDragStop={(_, __, dragged) => {
        dragging.current = false;
        if (inside.size > 0) setInside(new Set());
        const moved: Record<string, Position> = {};
        for (const n of dragged) if (!n.parentId) moved[n.id] = { x: Math.round(n.position.x), y: Math.round(n.position.y) };
        if (Object.keys(moved).length > 0) onMove(moved);
      }}
      onPaneClick={() => onSelect(null)}
      onConnect={(c: Connection) => onConnect(c.source, c.target)}
      isValidConnection={(c) => c.source !== c.target && (isValidConnection?.(c.source, c.target) ?? true)}
      onNodeDoubleClick={(_, node) => onNodeDoubleClick?.(node.parentId ?? node.id)}
      connectionMode={ConnectionMode.Loose}
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      colorMode={colorMode}
      fitView
      fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
      minZoom={0.05}
      onlyRenderVisibleElements={many}
      proOptions={{ hideAttribution: true }}
    >
      <CanvasHelpers focus={focus} apiRef={apiRef} />
      <Background gap={24} />
      <Controls showInteractive={false} />
      {minimap && !many && <MiniMap pannable zoomable ariaLabel={`${label} overview`} style={{ width: 160, height: 100 }} />}
    </ReactFlow>
  );
}
