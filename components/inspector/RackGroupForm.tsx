"use client";
import { useMemo } from "react";
import { rackGroupSchema, type Design, type RackGroup } from "@/lib/design";
import { uniqueNameCheck } from "./checks";
import { FormNumber, FormRows, FormSelect, FormText, Section } from "./FormFields";
import { useSchemaForm, type FormIssue } from "./useSchemaForm";

export function RackGroupForm({ design, group, onCommit }: { design: Design; group: RackGroup; onCommit: (next: RackGroup, field: string) => void }) {
  const others = useMemo(() => design.racks.filter((r) => r !== group).map((r) => r.name), [design.racks, group]);
  const check = useMemo(() => {
    const names = uniqueNameCheck("rack group", others);
    return (candidate: RackGroup): FormIssue[] => {
      const issues = names(candidate);
      const seen = new Set<string>();
      candidate.placements.forEach((p, i) => {
        if (seen.has(p.pool)) issues.push({ path: ["placements", i, "pool"], message: `"${p.pool}" is placed twice in this rack group` });
        seen.add(p.pool);
      });
      return issues;
    };
  }, [others]);
  const form = useSchemaForm({ schema: rackGroupSchema, value: group, onCommit, check });
  const pools = design.nodePools.map((p) => p.name);
  return (
    <div className="flex flex-col gap-3">
      <FormText form={form} path={["name"]} label="Name" />
      <FormNumber form={form} path={["count"]} label="Racks" hint="identical racks of this kind" />
      <FormSelect form={form} path={["leavesPerRack"]} label="Leaves per rack" numeric options={[{ value: "1", label: "1 (single-homed)" }, { value: "2", label: "2 (dual-homed)" }]} />
      <FormRows
        form={form}
        path={["placements"]}
        label="Placements"
        empty="No node pool placed: connect a node pool to this rack group, or add one here."
        make={() => {
          // The first pool not placed here yet: placing one twice is an error.
          const placed = new Set(((form.value(["placements"]) as RackGroup["placements"] | undefined) ?? []).map((p) => p.pool));
          return { pool: pools.find((p) => !placed.has(p)) ?? pools[0] ?? "", nodesPerRack: 1 };
        }}
        row={(i) => (
          <>
            <FormSelect form={form} path={["placements", i, "pool"]} label={`Node pool ${i + 1}`} options={pools} />
            <FormNumber form={form} path={["placements", i, "nodesPerRack"]} label={`Nodes per rack ${i + 1}`} />
          </>
        )}
      />
      <Section title="Failure domain">
        <div className="grid grid-cols-2 gap-2">
          <FormText form={form} path={["failureDomain", "row"]} label="Row" />
          <FormText form={form} path={["failureDomain", "zone"]} label="Zone" />
        </div>
      </Section>
    </div>
  );
}
