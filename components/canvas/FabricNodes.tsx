"use client";
import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { FabricNode } from "./fabricGraph";
import { SPINE_SLOT } from "./fabricGraph";
import { FindingBadge, NodeBox } from "./NodeChrome";

type Props<T extends FabricNode["type"]> = NodeProps<Extract<FabricNode, { type: T }>>;

const handleClass = "!h-2.5 !w-2.5 !border-2 !border-white !bg-slate-500 dark:!border-slate-900";

/** The spine (or super-spine) tier: one box, one port marker and handle per switch. */
export const SpineNode = memo(function SpineNode({ data, selected }: Props<"spine">) {
  const title = data.tier === "spine" ? "Spine tier" : "Super-spine tier";
  return (
    <NodeBox tone="spine" selected={selected} highlighted={data.highlighted} label={`${title}: ${data.count} × ${data.model}`}>
      <FindingBadge badge={data.badge} />
      <div className="flex items-baseline justify-between gap-2">
        <span className="font-semibold">{title}</span>
        <span className="text-slate-500 dark:text-slate-400">{data.model}</span>
      </div>
      <div className="mt-1 text-slate-600 dark:text-slate-300">
        {data.count} switches · {data.ports} × {data.portSpeedGbps}G
      </div>
      <div className="mt-1 flex gap-1" aria-hidden>
        {Array.from({ length: data.count }, (_, s) => (
          <span key={s} className="inline-block h-3 rounded-sm bg-indigo-400 dark:bg-indigo-500" style={{ width: SPINE_SLOT - 8 }} />
        ))}
      </div>
      {Array.from({ length: data.count }, (_, s) => (
        <Handle
          key={s}
          id={`s${s}`}
          type="target"
          position={Position.Bottom}
          className={handleClass}
          style={{ left: 12 + s * SPINE_SLOT + (SPINE_SLOT - 8) / 2 }}
          isConnectable={false}
        />
      ))}
      <Handle id="in" type="target" position={Position.Bottom} className="!opacity-0" isConnectable={false} />
      <Handle id="up" type="source" position={Position.Top} className={handleClass} isConnectable={false} />
      <Handle id="down" type="target" position={Position.Bottom} className="!opacity-0" isConnectable={false} />
    </NodeBox>
  );
});

export const RackGroupNode = memo(function RackGroupNode({ data, selected }: Props<"rackGroup">) {
  const { group } = data;
  return (
    <NodeBox
      tone="rack"
      selected={selected}
      highlighted={data.highlighted}
      label={`Rack group ${group.name}: ${group.count} racks`}
      className={data.expanded ? "bg-slate-50/80 dark:bg-slate-900/80" : "min-h-[150px]"}
    >
      <FindingBadge badge={data.badge} />
      <Handle id="up" type="source" position={Position.Top} className={handleClass} isConnectable={false} />
      <div className="flex items-center justify-between gap-2">
        <span className="truncate text-sm font-semibold">{group.name}</span>
        <span className="rounded bg-slate-700 px-1.5 text-xs font-bold text-white dark:bg-slate-200 dark:text-slate-900" title={`${group.count} identical racks`}>
          ×{group.count}
        </span>
      </div>
      <div className="mt-1 text-slate-600 dark:text-slate-300">
        {data.nodes.toLocaleString("en-US")} nodes · {data.leaves} leaves ({group.leavesPerRack}/rack)
      </div>
      <div className="text-slate-500 dark:text-slate-400">leaf {data.leafModel}</div>
      {!data.expanded && (
        <>
          <div className="mt-1.5 flex gap-1" aria-hidden>
            {Array.from({ length: group.leavesPerRack }, (_, l) => (
              <span key={l} className="rounded-sm bg-slate-300 px-1 text-[10px] dark:bg-slate-700">
                leaf {l + 1}
              </span>
            ))}
          </div>
          <ul className="mt-1.5 space-y-0.5">
            {group.placements.map((p) => (
              <li key={p.pool} className="truncate">
                <span className="text-emerald-700 dark:text-emerald-400">{p.pool}</span> {p.nodesPerRack}/rack
              </li>
            ))}
            {group.placements.length === 0 && <li className="text-slate-500 italic">no node pool placed</li>}
          </ul>
        </>
      )}
      <Handle id="nodes" type="target" position={Position.Bottom} className={handleClass} />
    </NodeBox>
  );
});

/** One rack of an expanded group, with a handle per leaf for its uplinks. */
export const RackNode = memo(function RackNode({ data }: Props<"rack">) {
  return (
    <div className="h-full w-full rounded border border-slate-400 bg-white px-1 text-[10px] text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200">
      <div className="font-medium">
        {data.group}-{data.index + 1}
      </div>
      <div className="flex gap-1">
        {Array.from({ length: data.leavesPerRack }, (_, l) => (
          <span key={l} className="relative mt-0.5 rounded-sm bg-slate-300 px-1 dark:bg-slate-600">
            L{l + 1}
            <Handle id={`leaf-${l}`} type="source" position={Position.Top} className="!h-1.5 !min-h-0 !w-1.5 !min-w-0 !border-0 !bg-slate-500" isConnectable={false} />
          </span>
        ))}
      </div>
    </div>
  );
});

export const PoolNode = memo(function PoolNode({ data, selected }: Props<"pool">) {
  const { pool } = data;
  return (
    <NodeBox tone="pool" selected={selected} highlighted={data.highlighted} label={`Node pool ${pool.name}`} className="w-[200px]">
      <FindingBadge badge={data.badge} />
      <Handle id="racks" type="source" position={Position.Top} className={handleClass} />
      <div className="flex justify-between gap-2">
        <span className="truncate text-sm font-semibold">{pool.name}</span>
        <span className="text-slate-500 dark:text-slate-400">{pool.role}</span>
      </div>
      <div className="text-slate-600 dark:text-slate-300">
        {data.nodes.toLocaleString("en-US")} nodes · {pool.nics.count}×{pool.nics.speedGbps}G
      </div>
      <div className="text-slate-500 dark:text-slate-400">
        {pool.cpuCores} cores · {pool.memoryGiB} GiB
      </div>
      <Handle id="pods" type="target" position={Position.Bottom} className={handleClass} />
    </NodeBox>
  );
});

export const PodPoolNode = memo(function PodPoolNode({ data, selected }: Props<"podPool">) {
  const { pool } = data;
  return (
    <NodeBox tone="podpool" selected={selected} highlighted={data.highlighted} label={`Pod pool ${pool.name}`} className="w-[200px]">
      <FindingBadge badge={data.badge} />
      <Handle id="nodes" type="source" position={Position.Top} className={handleClass} />
      <div className="truncate text-sm font-semibold">{pool.name}</div>
      <div className="font-mono text-slate-600 dark:text-slate-300">
        {pool.cidr} /{pool.blockSize} blocks
      </div>
      <div className="text-slate-500 dark:text-slate-400">
        {pool.encapsulation === "none" ? "no encapsulation" : pool.encapsulation}
        {pool.disabled ? " · disabled" : ""}
      </div>
    </NodeBox>
  );
});

export const fabricNodeTypes = { spine: SpineNode, rackGroup: RackGroupNode, rack: RackNode, pool: PoolNode, podPool: PodPoolNode };
