import { describe, expect, it } from "vitest";
import { designSchema, getTemplate } from "@/lib/design";
import { renderBundle } from "./bundle";
import { objectsOf } from "./testing/bundle";
import { planOf } from "./testing/plan";

type Rule = { alert: string; expr: string; labels: Record<string, string>; annotations: Record<string, string> };
function rulesOf(design: ReturnType<typeof getTemplate>): Record<string, Rule[]> {
  const [rule] = objectsOf(renderBundle(design, planOf(design)), "monitoring/prometheusrule.yaml");
  return Object.fromEntries((rule!.spec as { groups: { name: string; rules: Rule[] }[] }).groups.map((group) => [group.name, group.rules]));
}

describe("PrometheusRule", () => {
  const reference = getTemplate("reference-5000");
  const groups = rulesOf(reference);

  it("alerts when a Calico pool passes the design's 80% usage threshold", () => {
    expect(groups["calico-ipam"]?.[0]).toMatchObject({
      alert: "CalicoIPPoolAddressUsageHigh",
      expr: "sum by (ippool) (ipam_allocations_in_use) / on (ippool) max by (ippool) (ipam_ippool_size) > 0.8",
      annotations: { summary: "Calico IP pool {{ $labels.ippool }} has more than 80% of its addresses in use." },
    });
  });

  it("alerts on block usage per pool: a /16 in /26 blocks has 2^(26-16) = 1024 blocks", () => {
    const workers = groups["calico-ipam"]?.find((rule) => rule.labels.ippool === "workers");
    expect(workers?.expr).toBe('sum(ipam_blocks{ippool="workers"}) / 1024 > 0.8');
  });

  it("follows a threshold changed in the design", () => {
    const design = designSchema.parse({ ...reference, ipPlan: { ...reference.ipPlan, usageAlertThreshold: 0.7 } });
    expect(rulesOf(design)["calico-ipam"]?.[0]?.expr).toMatch(/ > 0\.7$/);
  });

  it("alerts on Ceph OSDs past the nearfull (0.85) and full (0.95) ratios", () => {
    expect(groups["ceph-capacity"]?.map((rule) => [rule.alert, rule.expr, rule.labels.severity])).toEqual([
      ["CephOSDNearFull", "ceph_osd_stat_bytes_used / ceph_osd_stat_bytes > 0.85", "warning"],
      ["CephOSDFull", "ceph_osd_stat_bytes_used / ceph_osd_stat_bytes > 0.95", "critical"],
    ]);
  });
});
