import { describe, expect, it } from "vitest";
import { planPolicy } from "./policy";
import { designWith } from "./test-design";

describe("policy", () => {
  it("builds the zone matrix and default-deny rules of the reference design", () => {
    const { metrics, findings } = planPolicy(designWith());
    expect(metrics.zones).toEqual(["ingress", "frontend", "backend", "data", "platform"]);
    // ingress -> frontend on 8080; frontend -> ingress is not a flow.
    expect(metrics.matrix.allowed[0]![1]).toBe(true);
    expect(metrics.matrix.allowed[1]![0]).toBe(false);
    expect(metrics.matrix.ports[2]![3]).toEqual([{ protocol: "TCP", port: 5432 }, { protocol: "TCP", port: 6379 }]);
    // backend is reached from frontend and platform; it sends to data and platform.
    const backend = metrics.rules.find((r) => r.zone === "backend")!;
    expect(backend).toMatchObject({ defaultDeny: true, dnsEgress: true });
    expect(backend.ingressFrom.map((p) => p.zone)).toEqual(["frontend", "platform"]);
    expect(backend.egressTo.map((p) => p.zone)).toEqual(["data", "platform"]);
    expect(findings).toEqual([]);
  });

  it("reports flows to missing zones, zones without a pool and zones nothing reaches", () => {
    const design = designWith((d: any) => {
      d.flows.push({ from: "frontend", to: "payments", ports: [] });
      d.zones.push({ name: "batch", namespaces: ["batch"] });
      d.zones[3].pool = "databases";
    });
    const paths = planPolicy(design).findings.map((f) => `${f.code} ${f.path}`);
    expect(paths).toEqual([
      "policy.unknown-zone /flows/8/to",
      "design.unknown-reference /zones/3/pool",
      "policy.zone-without-pool /zones/5",
      "policy.unreachable-zone /zones/5",
    ]);
  });

  it("does not count a zone's flow to itself as reaching it", () => {
    const design = designWith((d: any) => {
      d.zones.push({ name: "batch", namespaces: ["batch"], pool: "workers" });
      d.flows.push({ from: "batch", to: "batch", ports: [] });
    });
    expect(planPolicy(design).findings.map((f) => f.code)).toEqual(["policy.unreachable-zone"]);
  });
});
