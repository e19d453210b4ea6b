"use client";
import { useCallback, useEffect, useRef } from "react";
import type { Design } from "@/lib/design";
import { Button } from "@/components/ui/Button";
import { elementId, kindTitles, type ElementRef } from "@/components/studio/elements";
import { replaceElement } from "@/components/studio/edits";
import { DesignForm, type EditableSection } from "./DesignForm";
import { FabricForm } from "./FabricForm";
import { FlowForm } from "./FlowForm";
import { NodePoolForm } from "./NodePoolForm";
import { PodPoolForm } from "./PodPoolForm";
import { RackGroupForm } from "./RackGroupForm";
import { ZoneForm } from "./ZoneForm";

export type InspectorEdit = (update: (design: Design) => Design, coalesceKey?: string) => void;

/**
 * The right-hand panel: the form of the selected element, or the design's settings when nothing
 * is selected. Each form is keyed by its element so that switching elements starts a fresh draft.
 */
export function Inspector({
  design,
  selected,
  edit,
  onRemove,
  onDuplicate,
  onToggleExpand,
  onSelect,
  focusField,
}: {
  design: Design;
  selected: ElementRef;
  edit: InspectorEdit;
  onRemove: () => void;
  onDuplicate: () => void;
  onToggleExpand: (id: string) => void;
  /** A rename moves the selection along with the element. */
  onSelect: (ref: ElementRef) => void;
  /** A field a clicked finding points at ("cidr"): scrolled into view and marked for a moment. */
  focusField: { field: string } | null;
}) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusField?.field) return;
    const input = panel.current?.querySelector<HTMLElement>(`[name="${CSS.escape(focusField.field)}"]`);
    if (!input) return;
    input.scrollIntoView({ block: "center" });
    input.dataset.flash = "true";
    const timer = setTimeout(() => delete input.dataset.flash, 2500);
    return () => clearTimeout(timer);
  }, [focusField]);
  const id = elementId(selected);
  const commit = useCallback(
    (next: unknown, field: string) => {
      edit((d) => replaceElement(d, selected, next), `form:${id}:${field}`);
      const name = (next as { name?: unknown }).name;
      if ("name" in selected && typeof name === "string" && name !== selected.name) onSelect({ ...selected, name });
    },
    [edit, selected, id, onSelect],
  );
  const commitSection = useCallback(
    <K extends EditableSection>(section: K) =>
      (next: Design[K], field: string) =>
        edit((d) => ({ ...d, [section]: next }), `form:${section}:${field}`),
    [edit],
  );
  const body = (() => {
    switch (selected.kind) {
      case "design":
        return <DesignForm design={design} onCommit={commitSection} />;
      case "spine":
      case "superspine":
        return <FabricForm fabric={design.fabric} onCommit={commit} />;
      case "rack": {
        const group = design.racks.find((r) => r.name === selected.name);
        return group && <RackGroupForm design={design} group={group} onCommit={commit} />;
      }
      case "pool": {
        const pool = design.nodePools.find((p) => p.name === selected.name);
        return pool && <NodePoolForm design={design} pool={pool} onCommit={commit} />;
      }
      case "podpool": {
        const pool = design.ipPlan.podPools.find((p) => p.name === selected.name);
        return pool && <PodPoolForm design={design} pool={pool} onCommit={commit} />;
      }
      case "zone": {
        const zone = design.zones.find((z) => z.name === selected.name);
        return zone && <ZoneForm design={design} zone={zone} onCommit={commit} />;
      }
      case "flow": {
        const flow = design.flows[selected.index];
        return flow && <FlowForm design={design} flow={flow} onCommit={commit} />;
      }
    }
  })();
  const removable = selected.kind !== "design" && selected.kind !== "spine";
  const expandable = selected.kind === "rack";
  const expanded = design.canvas.expanded.includes(id);
  return (
    <aside aria-label="Inspector" className="flex h-full flex-col overflow-hidden border-l border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-700">
        <h2 className="min-w-0 truncate text-sm font-semibold">
          {kindTitles[selected.kind]}
          {"name" in selected ? `: ${selected.name}` : ""}
        </h2>
        <div className="flex gap-1">
          {expandable && (
            <Button size="sm" onClick={() => onToggleExpand(id)} title={expanded ? "Draw the group as one node (E)" : "Draw every rack of the group (E)"}>
              {expanded ? "Collapse" : "Expand"}
            </Button>
          )}
          {removable && (
            <>
              <Button size="sm" onClick={onDuplicate} title="Duplicate (Ctrl+D)">
                Duplicate
              </Button>
              <Button size="sm" variant="danger" onClick={onRemove} title="Remove (Delete)">
                Remove
              </Button>
            </>
          )}
        </div>
      </div>
      <div ref={panel} className="flex-1 overflow-y-auto p-3 [&_[data-flash]]:ring-4 [&_[data-flash]]:ring-amber-400" key={id}>
        {body ?? <p className="text-sm text-slate-500">This element no longer exists.</p>}
      </div>
    </aside>
  );
}
