"use client";
import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { ZoneNode as ZoneNodeType } from "./zoneGraph";
import { formatPorts } from "./zoneGraph";
import { FindingBadge, NodeBox } from "./NodeChrome";

const handleClass = "!h-3 !w-3 !border-2 !border-white !bg-amber-600 dark:!border-slate-900";

export const ZoneNode = memo(function ZoneNode({ data, selected }: NodeProps<ZoneNodeType>) {
  const { zone } = data;
  return (
    <NodeBox tone="zone" selected={selected} highlighted={data.highlighted} label={`Zone ${zone.name}`} className="w-[180px]">
      <FindingBadge badge={data.badge} />
      {/* A handle on every side: each flow leaves and enters by the sides that face each other. */}
      <Handle id="left" type="source" position={Position.Left} className={handleClass} />
      <Handle id="top" type="source" position={Position.Top} className={handleClass} />
      <div className="truncate text-sm font-semibold">{zone.name}</div>
      <div className="truncate text-slate-600 dark:text-slate-300" title={zone.namespaces.join(", ")}>
        ns: {zone.namespaces.join(", ") || "—"}
      </div>
      <div className="truncate text-slate-500 dark:text-slate-400">pool: {zone.pool ?? "none"}</div>
      {zone.ingressFromOutside.length > 0 && (
        <div className="truncate text-slate-500 dark:text-slate-400">outside: {formatPorts(zone.ingressFromOutside)}</div>
      )}
      <Handle id="right" type="source" position={Position.Right} className={handleClass} />
      <Handle id="bottom" type="source" position={Position.Bottom} className={handleClass} />
    </NodeBox>
  );
});

export const zoneNodeTypes = { zone: ZoneNode };
