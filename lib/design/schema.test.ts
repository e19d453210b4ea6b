import { describe, expect, it } from "vitest";
import { getTemplate, parseDesign, templateNames } from "./index";

function withChange(change: (doc: Record<string, any>) => void): unknown {
  const doc = structuredClone(getTemplate("reference-5000")) as Record<string, any>;
  change(doc);
  return doc;
}

describe("design schema", () => {
  it.each(templateNames)("parses the %s template and keeps it unchanged on a second parse", (name) => {
    const template = getTemplate(name);
    const again = parseDesign(JSON.parse(JSON.stringify(template)));
    expect(again).toEqual({ ok: true, design: template });
  });

  it("fills defaults into the smallest document", () => {
    const result = parseDesign({ schemaVersion: 1, cluster: { name: "tiny" } });
    expect(result.ok && result.design.cluster.maxPodsPerNode).toBe(110);
    expect(result.ok && result.design.ipPlan.usageAlertThreshold).toBe(0.8);
    expect(result.ok && result.design.fabric.spine.count).toBe(2);
  });

  it("treats a document without schemaVersion as the current version", () => {
    expect(parseDesign({ cluster: { name: "tiny" } }).ok).toBe(true);
  });

  const broken: Array<[string, unknown, string[]]> = [
    ["not an object", "hello", [""]],
    ["a future schemaVersion", { schemaVersion: 99, cluster: { name: "x" } }, ["/schemaVersion"]],
    ["a cluster name with capitals and spaces", withChange((d) => (d.cluster.name = "My Cluster")), ["/cluster/name"]],
    ["a cluster name over 63 characters", withChange((d) => (d.cluster.name = "a".repeat(64))), ["/cluster/name"]],
    ["a pod pool CIDR with host bits set", withChange((d) => (d.ipPlan.podPools[1].cidr = "10.1.0.1/16")), ["/ipPlan/podPools/1/cidr"]],
    ["a CIDR without a prefix", withChange((d) => (d.ipPlan.serviceCidr = "10.96.0.0")), ["/ipPlan/serviceCidr"]],
    ["an IPv4 block size outside 20-32", withChange((d) => (d.ipPlan.podPools[0].blockSize = 19)), ["/ipPlan/podPools/0/blockSize"]],
    ["a block larger than its pool", withChange((d) => (d.ipPlan.podPools[0].cidr = "10.0.0.0/27")), ["/ipPlan/podPools/0/blockSize"]],
    ["a negative rack count", withChange((d) => (d.racks[0].count = -1)), ["/racks/0/count"]],
    ["three leaves per rack", withChange((d) => (d.racks[0].leavesPerRack = 3)), ["/racks/0/leavesPerRack"]],
    ["duplicate node pool names", withChange((d) => (d.nodePools[1].name = "control-plane")), ["/nodePools/1/name"]],
    ["an unknown overlay", withChange((d) => (d.network.overlay = "weave")), ["/network/overlay"]],
    ["a port above 65535", withChange((d) => (d.flows[0].ports[0].port = 70000)), ["/flows/0/ports/0/port"]],
    ["an erasure-coded pool without coding chunks", withChange((d) => (d.storage.backends[0].protection = { kind: "erasure-coded", dataChunks: 4 })), ["/storage/backends/0/protection/codingChunks"]],
    ["a bad cron", withChange((d) => (d.backup.schedules[0].cron = "daily")), ["/backup/schedules/0/cron"]],
    ["a string where a number belongs, and a bad label", withChange((d) => { d.fabric.spine.count = "8"; d.nodePools[1].labels = { "bad key!": "x" }; }), ["/fabric/spine/count", "/nodePools/1/labels/bad key!"]],
  ];

  it.each(broken)("rejects %s with the right paths, all at once", (_label, input, paths) => {
    const result = parseDesign(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path).sort()).toEqual([...paths].sort());
    for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(5);
  });

  it("counts 5,000 nodes in the reference design's racks", () => {
    const design = getTemplate("reference-5000");
    const nodes = design.racks.reduce((sum, rack) => sum + rack.count * rack.placements.reduce((n, p) => n + p.nodesPerRack, 0), 0);
    // 113 x 40 + 6 x 40 + 5 x 40 + 1 x 40 = 125 racks x 40 nodes
    expect(nodes).toBe(5000);
    expect(design.racks.reduce((sum, rack) => sum + rack.count, 0)).toBe(125);
  });
});
