"use client";

import type { Design } from "@/lib/design";
import type { Plan } from "@/lib/planner";
import { BandwidthChart } from "./BandwidthChart";
import { GrowthChart } from "./GrowthChart";
import { IpChart } from "./IpChart";
import { StorageChart } from "./StorageChart";

/**
 * The charts of the plan panel: bandwidth, IP pools, storage and growth, side by side where there
 * is room. Everything shown comes from the plan; the design names the cluster in the heading.
 */
export function PlanCharts({ plan, design }: { plan: Plan; design: Design }) {
  return (
    <section aria-label={`Charts of ${design.cluster.name}`} className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      <BandwidthChart series={plan.series.bandwidth} />
      <IpChart series={plan.series.ip} />
      <StorageChart series={plan.series.storage} />
      <GrowthChart plan={plan} />
    </section>
  );
}
