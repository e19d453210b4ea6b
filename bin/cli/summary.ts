import type { Design } from "../../lib/design";
import { formatNumber, percent, severities, type Finding, type Plan } from "../../lib/planner";

const headings = { error: "Errors", warning: "Warnings", info: "Info" } as const;

/** Findings grouped by severity, each with its path, message and fix. */
export function formatFindings(findings: readonly Finding[]): string[] {
  const lines: string[] = [];
  for (const severity of severities) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${headings[severity]} (${group.length})`);
    for (const finding of group) {
      lines.push(`  ${finding.code}  ${finding.path || "/"}`, `    ${finding.message}`);
      if (finding.fix) lines.push(`    fix: ${finding.fix}`);
    }
  }
  return lines;
}

export function countLine(findings: readonly Finding[]): string {
  const count = (severity: Finding["severity"]) => findings.filter((f) => f.severity === severity).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${count("info")} info`;
}

const n = formatNumber;

/** The readable plan: findings first, then the key numbers of each concern. */
export function formatPlan(design: Design, plan: Plan): string {
  const { fabric, ip, storage, backup, scale, bom } = plan.metrics;
  const nodes = scale.counts.find((c) => c.name === "nodes")?.count ?? 0;
  const lines = [
    `Plan of ${design.cluster.name}: ${n(nodes)} nodes, ${n(fabric.leafCount)} leaves, ${n(fabric.spineCount)} spines`,
    countLine(plan.findings),
    "",
    ...formatFindings(plan.findings),
    "",
    "Fabric",
    `  oversubscription up to ${n(fabric.maxOversubscription)}:1 (target ${n(design.fabric.oversubscriptionTarget)}:1)`,
    `  spine ports ${n(fabric.spinePortsNeeded)} of ${n(fabric.spinePortsAvailable)} per spine, at most ${n(fabric.maxLeaves)} leaves`,
    `  demand ${n(fabric.aggregateDemandGbps)} Gbps, cross-rack ${n(fabric.crossRackDemandGbps)} Gbps, bisection ${n(fabric.bisectionGbps)} Gbps`,
    `  MTU ${n(fabric.effectiveMtuBytes)} bytes after ${n(fabric.overlayOverheadBytes)} bytes of overlay, latency ${n(fabric.latencyUs)} µs, ${n(fabric.routesPerLeaf)} routes per leaf`,
    "IP",
    ...ip.pools.map((p) => `  pool ${p.name} ${p.cidr}: ${n(p.blocksNeeded)} of ${n(p.blocks)} blocks (${n(percent(p.blockUtilization))}%)${p.suggestedCidr ? `, suggested ${p.suggestedCidr}` : ""}`),
    `  service CIDR ${ip.serviceCidr.cidr}: ${n(ip.serviceCidr.expectedServices)} of ${n(ip.serviceCidr.usableAddresses)} addresses`,
    "Storage",
    ...storage.tiers.filter((t) => t.rawTB > 0).map((t) => `  ${t.tier}: ${n(t.rawTB)} TB raw, ${n(t.usableTB)} TB usable, ${n(t.osds)} OSDs`),
    ...storage.pools.map((p) => `  ${p.backend}: ${n(p.expectedDataTB)} of ${n(p.usableTB)} TB, ${n(p.pgCount)} PGs, nearfull ${p.monthsToNearfull === null ? "never" : `in ${n(p.monthsToNearfull)} months`}`),
    "Backup",
    ...backup.schedules.map((s) => `  ${s.schedule}: ${n(s.dailyChangedTB)} TB a day in ${n(s.windowHoursNeeded)} of ${n(s.windowHours)} h, ${n(s.retentionStorageTB)} TB kept`),
    "Scale",
    ...scale.firstLimits.map((l) => `  ${l.concern}: ${l.limit} at ${n(l.atNodes)} nodes`),
    "Bill of materials",
    ...bom.switches.map((s) => `  ${n(s.count)} x ${s.model} (${s.tier})`),
    ...bom.links.map((l) => `  ${n(l.count)} x ${l.speedGbps}G ${l.link} ${l.cable}${l.optics > 0 ? `, ${n(l.optics)} optics` : ""}`),
  ];
  return lines.join("\n");
}
