"use client";
import { bgpModes, fabricSchema, type Design } from "@/lib/design";
import { CheckboxInput } from "@/components/ui/Field";
import { FormNumber, FormSelect, FormText, Section } from "./FormFields";
import { useSchemaForm } from "./useSchemaForm";

type Fabric = Design["fabric"];

const defaultSuperSpine = { model: "superspine-64x400g", ports: 64, portSpeedGbps: 400, count: 2, latencyUs: 1 };

/** The spine tier, the leaf model every rack uses, BGP and MTU: the fabric section of the document. */
export function FabricForm({ fabric, onCommit }: { fabric: Fabric; onCommit: (next: Fabric, field: string) => void }) {
  const form = useSchemaForm({ schema: fabricSchema, value: fabric, onCommit });
  const hasSuperSpine = form.value(["superSpine"]) !== undefined;
  return (
    <div className="flex flex-col gap-3">
      <Section title="Spine tier">
        <FormText form={form} path={["spine", "model"]} label="Spine model" />
        <div className="grid grid-cols-2 gap-2">
          <FormNumber form={form} path={["spine", "count"]} label="Spines" />
          <FormNumber form={form} path={["spine", "ports"]} label="Spine ports" />
          <FormNumber form={form} path={["spine", "portSpeedGbps"]} label="Spine port speed (Gbps)" decimal />
          <FormNumber form={form} path={["linksPerLeafPerSpine"]} label="Links per leaf per spine" />
        </div>
      </Section>
      <Section title="Leaf model">
        <FormText form={form} path={["leaf", "model"]} label="Leaf model" />
        <div className="grid grid-cols-2 gap-2">
          <FormNumber form={form} path={["leaf", "downlinkPorts"]} label="Downlink ports" />
          <FormNumber form={form} path={["leaf", "downlinkSpeedGbps"]} label="Downlink speed (Gbps)" decimal />
          <FormNumber form={form} path={["leaf", "uplinkPorts"]} label="Uplink ports" />
          <FormNumber form={form} path={["leaf", "uplinkSpeedGbps"]} label="Uplink speed (Gbps)" decimal />
          <FormNumber form={form} path={["leaf", "routeTableCapacity"]} label="Route table capacity" />
          <FormNumber form={form} path={["oversubscriptionTarget"]} label="Oversubscription target (:1)" decimal />
        </div>
      </Section>
      <Section title="Super-spine tier">
        <CheckboxInput label="Use a super-spine tier" checked={hasSuperSpine} onChange={(on) => form.setValue(["superSpine"], on ? defaultSuperSpine : undefined)} />
        {hasSuperSpine && (
          <div className="grid grid-cols-2 gap-2">
            <FormText form={form} path={["superSpine", "model"]} label="Super-spine model" />
            <FormNumber form={form} path={["superSpine", "count"]} label="Super-spines" />
            <FormNumber form={form} path={["superSpine", "ports"]} label="Super-spine ports" />
            <FormNumber form={form} path={["superSpine", "portSpeedGbps"]} label="Super-spine port speed (Gbps)" decimal />
          </div>
        )}
      </Section>
      <Section title="Routing">
        <div className="grid grid-cols-2 gap-2">
          <FormSelect form={form} path={["bgp", "mode"]} label="BGP peering" options={bgpModes} />
          <FormNumber form={form} path={["bgp", "asnBase"]} label="First rack ASN" />
          <FormNumber form={form} path={["mtu"]} label="MTU (bytes)" />
        </div>
      </Section>
    </div>
  );
}
