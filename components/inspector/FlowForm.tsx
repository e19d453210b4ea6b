"use client";
import { flowSchema, type Design, type Flow } from "@/lib/design";
import { FormSelect } from "./FormFields";
import { PortRows } from "./PortRows";
import { useSchemaForm } from "./useSchemaForm";

export function FlowForm({ design, flow, onCommit }: { design: Design; flow: Flow; onCommit: (next: Flow, field: string) => void }) {
  const form = useSchemaForm({ schema: flowSchema, value: flow, onCommit });
  const zones = design.zones.map((z) => z.name);
  return (
    <div className="flex flex-col gap-3">
      <div className="grid grid-cols-2 gap-2">
        <FormSelect form={form} path={["from"]} label="From zone" options={zones} />
        <FormSelect form={form} path={["to"]} label="To zone" options={zones} />
      </div>
      <PortRows form={form} path={["ports"]} label="Ports" empty="No ports listed: every port is allowed between these zones." />
    </div>
  );
}
