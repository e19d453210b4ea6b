"use client";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { Design } from "@/lib/design";
import type { Finding } from "@/lib/planner";
import { FabricView } from "@/components/canvas/FabricView";
import { LazyPlanCharts } from "@/components/charts/LazyPlanCharts";
import type { CanvasApi } from "@/components/canvas/FlowCanvas";
import { ZonesView } from "@/components/canvas/ZonesView";
import { Inspector } from "@/components/inspector/Inspector";
import { LazyManifestsView } from "@/components/manifests/LazyManifestsView";
import { PlanPanel } from "@/components/panels/PlanPanel";
import { DesignReviewLinks } from "@/components/review/DesignReviewLinks";
import { ZoneMatrix } from "@/components/panels/ZoneMatrix";
import { Button } from "@/components/ui/Button";
import { ConflictDialog } from "./ConflictDialog";
import { ConnectDialog } from "./ConnectDialog";
import { clearDrafts, draftToOffer, type Draft } from "./drafts";
import { addNodePool, addPodPool, addRackGroup, addZone, connect, connectTargets, duplicateElement, removeElement, setAtPointer, setPositions, toggleExpanded, type Added } from "./edits";
import { elementForPointer, elementId, fieldForPointer, parseElementId, viewOf, type ElementRef } from "./elements";
import { ExportMenu } from "./ExportMenu";
import { findingBadges } from "./findingBadges";
import { Palette, type PaletteItem } from "./Palette";
import { ShortcutHelp } from "./ShortcutHelp";
import { shortcutFor, type ShortcutAction } from "./shortcuts";
import { createHistory, historyReducer } from "./store";
import { Toolbar, type View } from "./Toolbar";
import { useAutosave } from "./useAutosave";
import { useLivePlan } from "./useLivePlan";
import { useDiagramExport } from "./useDiagramExport";
import { CanvasReviewLayer } from "@/components/review/CanvasReviewLayer";

type Position = { x: number; y: number };
export type StudioProps = {
  designId: string;
  name: string;
  revision: number;
  document: Design;
  revisionCreatedAt: string;
  /** Editors and owners save; viewers and reviewers may draw, but nothing is saved. */
  canSave: boolean;
  role: string;
};

/**
 * The design studio: toolbar, palette, canvas (fabric, zones or manifests), inspector and the
 * plan panel. Owns the document history; everything else receives the present document and edits.
 */
export function Studio({ designId, name, revision, document, revisionCreatedAt, canSave, role }: StudioProps) {
  const [history, dispatch] = useReducer(historyReducer, document, createHistory);
  const design = history.present;
  const [selection, setSelection] = useState<string | null>(null);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  // A new object per click, so that clicking the same finding twice shows the field again.
  const [focusField, setFocusField] = useState<{ field: string } | null>(null);
  const [view, setView] = useState<View>("fabric");
  const [message, setMessage] = useState("");
  const [help, setHelp] = useState(false);
  const [connecting, setConnecting] = useState<ElementRef | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const canvasRoot = useRef<HTMLDivElement>(null);
  const canvasApi = useRef<CanvasApi | null>(null);

  const live = useLivePlan(design);
  const badges = useMemo(() => findingBadges(live.plan.findings, live.model), [live.plan.findings, live.model]);

  const loadHead = useCallback((next: Design) => dispatch({ type: "reset", design: next }), []);
  const onSaved = useCallback(() => setMessage(""), []);
  const saver = useAutosave({ designId, initial: { revision, document }, present: design, message, onSaved, onLoadHead: loadHead, enabled: canSave });

  // A draft left by a reload or a closed tab is offered once the page runs in the browser
  // (localStorage does not exist on the server).
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read once after hydration
    setDraft(draftToOffer(designId, { revision, document, createdAt: revisionCreatedAt }));
  }, [designId, revision, document, revisionCreatedAt]);

  const edit = useCallback((update: (d: Design) => Design, coalesceKey?: string) => dispatch({ type: "edit", update, coalesceKey }), []);
  const select = useCallback((id: string | null) => {
    setSelection(id);
    setHighlighted(null);
  }, []);
  const selected = useMemo<ElementRef>(() => (selection && parseElementId(selection)) || { kind: "design" }, [selection]);

  const apply = useCallback(
    (added: Added | null) => {
      if (!added) return;
      edit(() => added.design);
      const id = elementId(added.ref);
      select(id);
      // Bring what was just added or connected into view: it may land outside the visible area.
      setHighlighted(id);
      const target = viewOf(added.ref);
      if (target) setView(target);
    },
    [edit, select],
  );
  const onMove = useCallback((positions: Record<string, Position>, key?: string) => edit((d) => setPositions(d, positions), key), [edit]);
  const onToggleExpand = useCallback((id: string) => edit((d) => toggleExpanded(d, id)), [edit]);
  const onConnect = useCallback(
    (source: string, target: string) => {
      const a = parseElementId(source);
      const b = parseElementId(target);
      if (a && b) apply(connect(design, a, b));
    },
    [apply, design],
  );
  const remove = useCallback(() => {
    if (selected.kind === "design" || selected.kind === "spine") return;
    edit((d) => removeElement(d, selected));
    select(null);
  }, [edit, select, selected]);
  const duplicate = useCallback(() => apply(duplicateElement(design, selected)), [apply, design, selected]);

  const showFinding = useCallback(
    (finding: Finding) => {
      const ref = elementForPointer(design, finding.path);
      const id = elementId(ref);
      setSelection(id);
      setHighlighted(id);
      setFocusField({ field: fieldForPointer(finding.path) });
      const target = viewOf(ref);
      if (target) setView(target);
    },
    [design],
  );
  const applyFix = useCallback(
    (finding: Finding) => {
      const suggestion = finding.suggestion;
      if (suggestion) edit((d) => setAtPointer(d, suggestion.path, suggestion.value));
    },
    [edit],
  );

  const paletteItems: PaletteItem[] = [
    { id: "rack", label: "Rack group", shortcut: "R", icon: "rack", onAdd: () => apply(addRackGroup(design)) },
    { id: "pool", label: "Node pool", shortcut: "N", icon: "pool", onAdd: () => apply(addNodePool(design)) },
    { id: "podpool", label: "Pod pool", shortcut: "P", icon: "podpool", onAdd: () => apply(addPodPool(design)) },
    { id: "zone", label: "Zone", shortcut: "Z", icon: "zone", onAdd: () => apply(addZone(design)) },
  ];

  const actions: Record<ShortcutAction, () => void> = {
    save: () => void saver.save(),
    undo: () => dispatch({ type: "undo" }),
    redo: () => dispatch({ type: "redo" }),
    remove,
    duplicate,
    expand: () => selected.kind === "rack" && onToggleExpand(elementId(selected)),
    connect: () => ["rack", "pool", "podpool", "zone"].includes(selected.kind) && setConnecting(selected),
    "add-rack": () => apply(addRackGroup(design)),
    "add-pool": () => apply(addNodePool(design)),
    "add-podpool": () => apply(addPodPool(design)),
    "add-zone": () => apply(addZone(design)),
    "view-fabric": () => setView("fabric"),
    "view-zones": () => setView("zones"),
    "view-manifests": () => setView("manifests"),
    deselect: () => select(null),
    help: () => setHelp(true),
  };
  const actionsRef = useRef(actions);
  useEffect(() => {
    actionsRef.current = actions;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A modal dialog owns the keyboard while it is open.
      if (window.document.querySelector("dialog[open]")) return;
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      actionsRef.current[action]();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const exportActions = useDiagramExport({ designId, name: design.cluster.name, view, canvasRoot, canvasApi });

  const restoreDraft = () => {
    if (!draft) return;
    dispatch({ type: "reset", design: draft.document });
    // Based on an older revision, the draft's save will meet the newer head and ask what to do.
    saver.rebase({ revision: Math.min(draft.baseRevision, revision), document });
    setDraft(null);
  };

  return (
    <div className="flex h-screen flex-col overflow-hidden">
      <Toolbar
        name={name}
        status={saver.status}
        revision={saver.base.revision}
        error={saver.error}
        message={message}
        onMessage={setMessage}
        onSave={() => void saver.save()}
        canUndo={history.past.length > 0}
        canRedo={history.future.length > 0}
        onUndo={() => dispatch({ type: "undo" })}
        onRedo={() => dispatch({ type: "redo" })}
        view={view}
        onView={setView}
        exportMenu={<ExportMenu actions={exportActions} />}
        reviewLinks={<DesignReviewLinks designId={designId} revision={saver.base.revision} />}
        onHelp={() => setHelp(true)}
      />
      {!canSave && (
        <div role="status" className="border-b border-slate-300 bg-slate-100 px-3 py-1 text-sm dark:border-slate-700 dark:bg-slate-800">
          You are a {role} of this design&apos;s team: you may try changes here, but only editors and owners save them.
        </div>
      )}
      {draft && (
        <div role="alert" className="flex items-center gap-3 border-b border-amber-300 bg-amber-50 px-3 py-1.5 text-sm dark:border-amber-700 dark:bg-amber-950">
          <span>
            Unsaved changes from {new Date(draft.savedAt).toLocaleString()} (based on revision {draft.baseRevision}) were kept in this browser.
          </span>
          <Button size="sm" variant="primary" onClick={restoreDraft}>
            Restore them
          </Button>
          <Button
            size="sm"
            onClick={() => {
              clearDrafts(designId);
              setDraft(null);
            }}
          >
            Discard them
          </Button>
        </div>
      )}
      {saver.status === "error" && saver.error && (
        <div role="alert" className="border-b border-red-300 bg-red-50 px-3 py-1 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          Saving failed: {saver.error} Your changes are kept in this browser; the studio tries again.
        </div>
      )}
      <div className="flex min-h-0 flex-1">
        {view !== "manifests" && <Palette items={paletteItems} />}
        <main className="flex min-w-0 flex-1 flex-col">
          <div className="flex min-h-0 flex-1">
            <div ref={canvasRoot} className="relative min-w-0 flex-1" data-testid={`canvas-${view}`}>
              {view !== "manifests" && <CanvasReviewLayer designId={designId} revision={saver.base.revision} design={design} />}
              {view === "fabric" && (
                <FabricView
                  design={design}
                  badges={badges}
                  selection={selection}
                  highlighted={highlighted}
                  onSelect={select}
                  onMove={onMove}
                  onConnect={onConnect}
                  onToggleExpand={onToggleExpand}
                  apiRef={canvasApi}
                />
              )}
              {view === "zones" && (
                <ZonesView design={design} badges={badges} selection={selection} highlighted={highlighted} onSelect={select} onMove={onMove} onConnect={onConnect} apiRef={canvasApi} />
              )}
              {view === "manifests" && (
                <LazyManifestsView design={live.model} plan={live.plan} designId={designId} revision={saver.base.revision} dirty={saver.status !== "saved"} />
              )}
            </div>
            {view === "zones" && (
              <div className="w-[22rem] shrink-0">
                <ZoneMatrix matrix={live.plan.metrics.policy.matrix} onSelectZone={(zone) => select(`zone:${zone}`)} />
              </div>
            )}
          </div>
          <PlanPanel findings={live.plan.findings} metrics={live.plan.metrics} ms={live.ms} charts={<div className="p-3"><LazyPlanCharts plan={live.plan} design={live.model} /></div>} onShow={showFinding} onApply={applyFix} />
        </main>
        {view !== "manifests" && (
          <div className="w-80 shrink-0">
            <Inspector
              design={design}
              selected={selected}
              edit={edit}
              onRemove={remove}
              onDuplicate={duplicate}
              onToggleExpand={onToggleExpand}
              onSelect={(ref) => setSelection(elementId(ref))}
              focusField={focusField}
            />
          </div>
        )}
      </div>
      <ConflictDialog head={saver.conflict} mine={design} onReload={saver.reloadHead} onSaveMine={saver.saveMineOnTop} />
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
      <ConnectDialog
        source={connecting}
        targets={connecting ? connectTargets(design, connecting) : []}
        onClose={() => setConnecting(null)}
        onConnect={(target) => {
          if (connecting) apply(connect(design, connecting, target));
          setConnecting(null);
        }}
      />
    </div>
  );
}
