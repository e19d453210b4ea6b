"use client";
import { useMemo } from "react";
import { encapsulations, podPoolSchema, type Design, type PodPool } from "@/lib/design";
import { CheckboxInput } from "@/components/ui/Field";
import { uniqueNameCheck } from "./checks";
import { FormCheckbox, FormNumber, FormSelect, FormText, Section } from "./FormFields";
import { useSchemaForm } from "./useSchemaForm";

export function PodPoolForm({ design, pool, onCommit }: { design: Design; pool: PodPool; onCommit: (next: PodPool, field: string) => void }) {
  const check = useMemo(() => uniqueNameCheck("pod pool", design.ipPlan.podPools.filter((p) => p !== pool).map((p) => p.name)), [design.ipPlan.podPools, pool]);
  const form = useSchemaForm({ schema: podPoolSchema, value: pool, onCommit, check });
  const chosen = (form.value(["nodePools"]) as string[] | undefined) ?? [];
  return (
    <div className="flex flex-col gap-3">
      <FormText form={form} path={["name"]} label="Name" />
      <FormText form={form} path={["cidr"]} label="CIDR" hint="network address and prefix, e.g. 10.1.0.0/16" />
      <FormNumber form={form} path={["blockSize"]} label="Block size (prefix length)" hint="Calico IPAM block: 20-32 for IPv4" />
      <FormSelect form={form} path={["encapsulation"]} label="Encapsulation" options={encapsulations} />
      <FormCheckbox form={form} path={["natOutgoing"]} label="NAT outgoing traffic" />
      <FormCheckbox form={form} path={["disabled"]} label="Disabled (no new addresses)" />
      <Section title="Node pools served">
        {design.nodePools.map((p) => (
          <CheckboxInput
            key={p.name}
            label={p.name}
            checked={chosen.includes(p.name)}
            onChange={(on) => form.setValue(["nodePools"], on ? [...chosen, p.name] : chosen.filter((n) => n !== p.name))}
          />
        ))}
        {form.error(["nodePools"]) && <p className="text-xs text-red-600">{form.error(["nodePools"])}</p>}
      </Section>
    </div>
  );
}
