"use client";
import { useMemo } from "react";
import { zoneSchema, type Design, type Zone } from "@/lib/design";
import { uniqueNameCheck } from "./checks";
import { FormNameList, FormSelect, FormText, Section } from "./FormFields";
import { PortRows } from "./PortRows";
import { useSchemaForm } from "./useSchemaForm";

export function ZoneForm({ design, zone, onCommit }: { design: Design; zone: Zone; onCommit: (next: Zone, field: string) => void }) {
  const check = useMemo(() => uniqueNameCheck("zone", design.zones.filter((z) => z !== zone).map((z) => z.name)), [design.zones, zone]);
  const form = useSchemaForm({ schema: zoneSchema, value: zone, onCommit, check });
  const podPool = design.ipPlan.podPools.find((p) => p.name === zone.pool);
  const inbound = design.flows.filter((f) => f.to === zone.name).map((f) => f.from);
  const outbound = design.flows.filter((f) => f.from === zone.name).map((f) => f.to);
  return (
    <div className="flex flex-col gap-3">
      <FormText form={form} path={["name"]} label="Name" />
      <FormNameList form={form} path={["namespaces"]} label="Namespaces" />
      <FormSelect
        form={form}
        path={["pool"]}
        label="Pod pool"
        options={[{ value: "", label: "(none)" }, ...design.ipPlan.podPools.map((p) => ({ value: p.name, label: `${p.name} (${p.cidr})` }))]}
      />
      <Section title="Pools and namespaces">
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
          <dt className="text-slate-500">Namespaces</dt>
          <dd>{zone.namespaces.join(", ") || "none"}</dd>
          <dt className="text-slate-500">Pod addresses</dt>
          <dd className="font-mono">{podPool ? `${podPool.cidr} (${podPool.name})` : "no pod pool"}</dd>
          <dt className="text-slate-500">Node pools</dt>
          <dd>{podPool?.nodePools.join(", ") || "—"}</dd>
          <dt className="text-slate-500">Allowed from</dt>
          <dd>{inbound.join(", ") || "no zone"}</dd>
          <dt className="text-slate-500">Allowed to</dt>
          <dd>{outbound.join(", ") || "no zone (DNS only)"}</dd>
        </dl>
      </Section>
      <PortRows form={form} path={["ingressFromOutside"]} label="Ports open to outside" empty="Closed to traffic from outside the cluster." />
    </div>
  );
}
