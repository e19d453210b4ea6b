"use client";
import { useMemo } from "react";
import { diskTypes, nodePoolSchema, nodeRoles, type Design, type NodePool } from "@/lib/design";
import { uniqueNameCheck } from "./checks";
import { FormNumber, FormRows, FormSelect, FormText, Section } from "./FormFields";
import { useSchemaForm } from "./useSchemaForm";

export function NodePoolForm({ design, pool, onCommit }: { design: Design; pool: NodePool; onCommit: (next: NodePool, field: string) => void }) {
  const check = useMemo(() => uniqueNameCheck("node pool", design.nodePools.filter((p) => p !== pool).map((p) => p.name)), [design.nodePools, pool]);
  const form = useSchemaForm({ schema: nodePoolSchema, value: pool, onCommit, check });
  const racks = design.racks.filter((r) => r.placements.some((p) => p.pool === pool.name));
  return (
    <div className="flex flex-col gap-3">
      <FormText form={form} path={["name"]} label="Name" />
      <FormSelect form={form} path={["role"]} label="Role" options={nodeRoles} />
      <Section title="Network interfaces">
        <div className="grid grid-cols-2 gap-2">
          <FormNumber form={form} path={["nics", "count"]} label="NICs" />
          <FormNumber form={form} path={["nics", "speedGbps"]} label="NIC speed (Gbps)" decimal />
        </div>
      </Section>
      <div className="grid grid-cols-2 gap-2">
        <FormNumber form={form} path={["cpuCores"]} label="CPU cores" />
        <FormNumber form={form} path={["memoryGiB"]} label="Memory (GiB)" />
      </div>
      <FormRows
        form={form}
        path={["disks"]}
        label="Disks"
        empty="No data disks."
        make={() => ({ type: "nvme", count: 1, sizeTB: 3.84 })}
        row={(i) => (
          <>
            <FormSelect form={form} path={["disks", i, "type"]} label={`Disk type ${i + 1}`} options={diskTypes} />
            <FormNumber form={form} path={["disks", i, "count"]} label={`Disks ${i + 1}`} />
            <FormNumber form={form} path={["disks", i, "sizeTB"]} label={`Size (TB) ${i + 1}`} decimal />
          </>
        )}
      />
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Placed in: {racks.length > 0 ? racks.map((r) => r.name).join(", ") : "no rack group yet (connect it to one on the canvas)"}
      </p>
    </div>
  );
}
