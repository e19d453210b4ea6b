"use client";
import { backupSchema, clusterSchema, ipFamilies, ipPlanSchema, kubeProxyModes, networkSchema, overlays, storageSchema, type Design } from "@/lib/design";
import { FormCheckbox, FormNumber, FormSelect, FormText, Section } from "./FormFields";
import { useSchemaForm } from "./useSchemaForm";

export type EditableSection = "cluster" | "network" | "ipPlan" | "storage" | "backup";
type SectionCommit<K extends keyof Design> = (next: Design[K], field: string) => void;

/**
 * What is not drawn: the cluster's numbers, the network choices, the cluster-wide IP ranges, and
 * the numbers of storage and backup that the plan's findings most often ask to change.
 */
export function DesignForm({
  design,
  onCommit,
}: {
  design: Design;
  onCommit: <K extends EditableSection>(section: K) => SectionCommit<K>;
}) {
  const cluster = useSchemaForm({ schema: clusterSchema, value: design.cluster, onCommit: onCommit("cluster") });
  const network = useSchemaForm({ schema: networkSchema, value: design.network, onCommit: onCommit("network") });
  const ip = useSchemaForm({ schema: ipPlanSchema, value: design.ipPlan, onCommit: onCommit("ipPlan") });
  const storage = useSchemaForm({ schema: storageSchema, value: design.storage, onCommit: onCommit("storage") });
  const backup = useSchemaForm({ schema: backupSchema, value: design.backup, onCommit: onCommit("backup") });
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
      <Section title="Storage classes">
        {design.storage.classes.map((c, i) => (
          <div key={c.name} className="grid grid-cols-2 gap-2">
            <FormNumber form={storage} path={["classes", i, "expectedDataTB"]} label={`${c.name}: expected data (TB)`} decimal />
            <FormNumber form={storage} path={["classes", i, "growthTBPerMonth"]} label={`${c.name}: growth (TB/month)`} decimal />
          </div>
        ))}
        <div className="grid grid-cols-2 gap-2">
          <FormNumber form={storage} path={["nearfullRatio"]} label="Ceph nearfull ratio" decimal />
          <FormNumber form={storage} path={["fullRatio"]} label="Ceph full ratio" decimal />
        </div>
      </Section>
      <Section title="Backup">
        <div className="grid grid-cols-2 gap-2">
          <FormNumber form={backup} path={["bandwidthGbps"]} label="Bandwidth to the object store (Gbps)" decimal />
          <FormNumber form={backup} path={["dailyChangeRate"]} label="Daily change rate (0-1)" decimal />
        </div>
        {design.backup.schedules.map((schedule, i) => (
          <div key={schedule.name} className="grid grid-cols-2 gap-2">
            <FormText form={backup} path={["schedules", i, "cron"]} label={`${schedule.name}: cron`} />
            <FormNumber form={backup} path={["schedules", i, "retentionDays"]} label={`${schedule.name}: retention (days)`} />
            <FormNumber form={backup} path={["schedules", i, "protectedDataTB"]} label={`${schedule.name}: protected data (TB)`} decimal />
            <FormNumber form={backup} path={["schedules", i, "windowHours"]} label={`${schedule.name}: window (hours)`} decimal />
          </div>
        ))}
      </Section>
    </div>
  );
}
