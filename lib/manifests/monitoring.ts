import { parseCidr, type Design } from "@/lib/design";
import { cephBackends } from "./ceph";
import { usesCalico } from "./calico";
import { metadata } from "./metadata";
import type { Rendered } from "./types";

export const MONITORING_NAMESPACE = "monitoring";

type AlertRule = { alert: string; expr: string; for: string; labels: Record<string, string>; annotations: Record<string, string> };

function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

/**
 * Calico IPAM metrics of kube-controllers (https://docs.tigera.io/calico/latest/reference/kube-controllers/prometheus):
 * ipam_allocations_in_use{ippool,node} against ipam_ippool_size{ippool} gives the address usage of
 * each pool; ipam_blocks{ippool,node} against the pool's block count gives its block usage, which
 * runs out first at scale (every node holds whole blocks).
 */
function ipamRules(design: Design): AlertRule[] {
  const threshold = design.ipPlan.usageAlertThreshold;
  const rules: AlertRule[] = [
    {
      alert: "CalicoIPPoolAddressUsageHigh",
      expr: `sum by (ippool) (ipam_allocations_in_use) / on (ippool) max by (ippool) (ipam_ippool_size) > ${threshold}`,
      for: "15m",
      labels: { severity: "warning" },
      annotations: {
        summary: `Calico IP pool {{ $labels.ippool }} has more than ${percent(threshold)} of its addresses in use.`,
        description: "Grow the pool or add one before pods fail to get addresses (FailedCreatePodSandBox).",
      },
    },
  ];
  for (const pool of design.ipPlan.podPools) {
    const parsed = parseCidr(pool.cidr);
    if (!parsed.ok || pool.disabled || pool.blockSize < parsed.value.prefix) continue;
    // A pool of prefix p with blocks of size b has 2^(b-p) blocks.
    const blocks = 2 ** (pool.blockSize - parsed.value.prefix);
    rules.push({
      alert: "CalicoIPPoolBlockUsageHigh",
      expr: `sum(ipam_blocks{ippool="${pool.name}"}) / ${blocks} > ${threshold}`,
      for: "15m",
      labels: { severity: "warning", ippool: pool.name },
      annotations: {
        summary: `Calico IP pool ${pool.name} has more than ${percent(threshold)} of its ${blocks} blocks of /${pool.blockSize} affine to nodes.`,
        description: "When the blocks run out, nodes borrow addresses from other nodes' blocks, which breaks route aggregation.",
      },
    });
  }
  return rules;
}

/** Ceph OSD fill ratios (ceph-mgr prometheus module) against the design's nearfull and full ratios. */
function cephRules(design: Design): AlertRule[] {
  const { nearfullRatio, fullRatio } = design.storage;
  const usage = "ceph_osd_stat_bytes_used / ceph_osd_stat_bytes";
  return [
    {
      alert: "CephOSDNearFull",
      expr: `${usage} > ${nearfullRatio}`,
      for: "5m",
      labels: { severity: "warning" },
      annotations: { summary: `Ceph OSD {{ $labels.ceph_daemon }} is more than ${percent(nearfullRatio)} full (nearfull ratio).`, description: "Add OSDs or free data before the OSD reaches the full ratio." },
    },
    {
      alert: "CephOSDFull",
      expr: `${usage} > ${fullRatio}`,
      for: "1m",
      labels: { severity: "critical" },
      annotations: { summary: `Ceph OSD {{ $labels.ceph_daemon }} is more than ${percent(fullRatio)} full (full ratio).`, description: "Ceph stops writes to pools on a full OSD: add capacity now." },
    },
  ];
}

export function renderMonitoring(design: Design): Rendered {
  const groups = [
    ...(usesCalico(design) ? [{ name: "calico-ipam", rules: ipamRules(design) }] : []),
    ...(cephBackends(design).length > 0 ? [{ name: "ceph-capacity", rules: cephRules(design) }] : []),
  ];
  if (groups.length === 0) return { groups: [] };
  return {
    groups: [
      {
        path: "monitoring/prometheusrule.yaml",
        description: `PrometheusRule: IP pool usage alert at ${percent(design.ipPlan.usageAlertThreshold)} and Ceph nearfull/full alerts.`,
        objects: [
          {
            apiVersion: "monitoring.coreos.com/v1",
            kind: "PrometheusRule",
            metadata: metadata("blueprint-capacity-alerts", MONITORING_NAMESPACE),
            spec: { groups },
          },
        ],
      },
    ],
    notes: ["The PrometheusRule lives in the monitoring namespace: add the labels your Prometheus ruleSelector expects. The IPAM alerts need kube-controllers metrics (port 9094) scraped."],
  };
}
