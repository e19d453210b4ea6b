"use client";
import { clusterSchema, ipFamilies, ipPlanSchema, kubeProxyModes, networkSchema, overlays, type Design } from "@/lib/design";
import { FormCheckbox, FormNumber, FormSelect, FormText, Section } from "./FormFields";
import { useSchemaForm } from "./useSchemaForm";

type SectionCommit<K extends keyof Design> = (next: Design[K], field: string) => void;

/** What is not drawn: the cluster's numbers, the network choices and the cluster-wide IP ranges. */
export function DesignForm({
  design,
  onCommit,
}: {
  design: Design;
  onCommit: <K extends "cluster" | "network" | "ipPlan">(section: K) => SectionCommit<K>;
}) {
  const cluster = useSchemaForm({ schema: clusterSchema, value: design.cluster, onCommit: onCommit("cluster") });
  const network = useSchemaForm({ schema: networkSchema, value: design.network, onCommit: onCommit("network") });
  const ip = useSchemaForm({ schema: ipPlanSchema, value: design.ipPlan, onCommit: onCommit("ipPlan") });
  return (
    <div className="flex flex-col gap-3">
      <Section title="Cluster">
        <FormText form={cluster} path={["name"]} label="Cluster name" />
        <div className="grid grid-cols-2 gap-2">
          <FormText form={cluster} path={["kubernetesVersion"]} label="Kubernetes version" />
          <FormNumber form={cluster} path={["targetNodes"]} label="Target nodes" />
          <FormNumber form={cluster} path={["maxPodsPerNode"]} label="Max pods per node" />
          <FormSelect form={cluster} path={["ipFamilies"]} label="IP families" options={ipFamilies} />
          <FormNumber form={cluster} path={["traffic", "baselineGbpsPerNode"]} label="Baseline per node (Gbps)" decimal />
          <FormNumber form={cluster} path={["traffic", "eastWestShare"]} label="East-west share (0-1)" decimal />
          <FormNumber form={cluster} path={["traffic", "peakFactor"]} label="Peak factor" decimal />
          <FormNumber form={cluster} path={["latencyTargetUs"]} label="Latency target (µs)" decimal />
          <FormNumber form={cluster} path={["growthHeadroom"]} label="Growth headroom (0.25 = 25%)" decimal />
        </div>
      </Section>
      <Section title="Network">
        <div className="grid grid-cols-2 gap-2">
          <FormSelect form={network} path={["overlay"]} label="Overlay" options={overlays} />
          <FormSelect form={network} path={["kubeProxy", "mode"]} label="kube-proxy mode" options={kubeProxyModes} />
          <FormSelect form={network} path={["serviceMesh", "type"]} label="Service mesh" options={["none", "istio", "linkerd"]} />
          <FormNumber form={network} path={["expectedServices"]} label="Expected services" />
        </div>
        <FormCheckbox form={network} path={["wireguard"]} label="WireGuard encryption" />
      </Section>
      <Section title="IP plan">
        <div className="grid grid-cols-2 gap-2">
          <FormText form={ip} path={["serviceCidr"]} label="Service CIDR" />
          <FormNumber form={ip} path={["usageAlertThreshold"]} label="Pool usage alert (0-1)" decimal />
        </div>
      </Section>
    </div>
  );
}
