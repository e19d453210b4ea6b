import type { Design } from "@/lib/design";
import type { Finding } from "@/lib/planner";
import { severityRank, type Badge } from "@/components/canvas/badges";
import { elementForPointer, elementId } from "./elements";

/** Per drawn element: how many findings point at it and the worst of them. */
export function findingBadges(findings: ReadonlyArray<Finding>, design: Design): Map<string, Badge> {
  const badges = new Map<string, Badge>();
  for (const finding of findings) {
    const id = elementId(elementForPointer(design, finding.path));
    const badge = badges.get(id);
    if (!badge) badges.set(id, { count: 1, worst: finding.severity });
    else badges.set(id, { count: badge.count + 1, worst: severityRank[finding.severity] < severityRank[badge.worst] ? finding.severity : badge.worst });
  }
  return badges;
}
