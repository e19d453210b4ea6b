// Test support: the real plan of a design, with findings a test states itself when it needs them.
import type { Design } from "@/lib/design";
import { plan } from "@/lib/planner";
import type { BundleFinding, BundlePlan } from "../plan";

export function planOf(design: Design, findings?: BundleFinding[]): BundlePlan {
  const planned = plan(design);
  return findings ? { ...planned, findings } : planned;
}
