import { describe, expect, it } from "vitest";
import { planFabric } from "./fabric";
import { buildInventory } from "./inventory";
import { planIp } from "./ip";
import { designWith } from "./test-design";

function fabricOf(change?: (doc: Record<string, any>) => void, template?: Parameters<typeof designWith>[1]) {
  const design = designWith(change, template);
  const inventory = buildInventory(design);
  return planFabric(design, inventory, planIp(design, inventory).metrics);
}
const codes = (result: ReturnType<typeof fabricOf>) => result.findings.map((f) => `${f.code} ${f.path}`);

describe("fabric", () => {
  it("computes the reference leaves: 1,000 Gbps down and 8 x 100G up per leaf = 1.25:1", () => {
    const { metrics, findings } = fabricOf();
    // Every rack: 40 dual-homed nodes, 2 x 25G NICs, 2 leaves -> 40 ports and 40 x 25 = 1,000 Gbps per leaf.
    // 8 spines x 1 link x 100G = 800 Gbps up.
    expect(metrics.leaves[0]).toMatchObject({ rackGroup: "compute", leafCount: 226, downlinkGbps: 1000, uplinkGbps: 800, oversubscription: 1.25, portsUsed: 40, portsFree: 8 });
    expect(metrics.leaves).toHaveLength(4); // one entry per rack group, never per rack
    expect(metrics.maxOversubscription).toBe(1.25);
    // 125 racks x 2 leaves = 250 leaves x 1 link = 250 ports on each spine of 256.
    expect(metrics).toMatchObject({ leafCount: 250, spinePortsNeeded: 250, spinePortsAvailable: 256, maxLeaves: 256, superSpineNeeded: false });
    // 250 leaves x 800 Gbps = 200,000 Gbps of leaf-spine capacity; bisection is half: 100,000.
    expect(metrics.bisectionGbps).toBe(100_000);
    // 5,000 nodes x 1 Gbps x peak 2 = 10,000 Gbps aggregate demand.
    expect(metrics.aggregateDemandGbps).toBe(10_000);
    expect(findings).toEqual([]);
  });

  it("estimates cross-rack demand and headroom from the traffic assumptions", () => {
    const { metrics } = fabricOf();
    // 5,000 nodes x 2 Gbps peak x 0.7 east-west x (5,000 - 40) / 4,999 outside the rack = 6,945.39 Gbps.
    expect(metrics.crossRackDemandGbps).toBeCloseTo((5000 * 2 * 0.7 * 4960) / 4999, 6);
    // A leaf: 20 nodes x 2 Gbps x (0.7 x 4,960/4,999 + 0.3 north-south) = 39.78 Gbps of 800.
    const demand = 20 * 2 * ((0.7 * 4960) / 4999 + 0.3);
    expect(metrics.leaves[0]!.demandGbps).toBeCloseTo(demand, 9);
    expect(metrics.leaves[0]!.uplinkHeadroomShare).toBeCloseTo(1 - demand / 800, 9);
    expect(metrics.spineHeadroomShare).toBeCloseTo(1 - metrics.crossRackDemandGbps / 200_000, 9);
  });

  it("warns about oversubscription and says how many uplinks reach the target", () => {
    // 2 spines x 1 link x 100G = 200 Gbps up for 1,000 down: 5:1 > 3:1.
    // Uplinks needed: ceil(1,000 / (3 x 100)) = 4 -> 2 links per leaf per spine (4 <= 8 uplink ports).
    const result = fabricOf((d) => (d.fabric.spine.count = 2));
    const finding = result.findings.find((f) => f.code === "fabric.oversubscription" && f.path === "/racks/0")!;
    expect(finding.message).toContain("5:1");
    expect(finding.fix).toContain("4 uplinks of 100G (2.5:1)");
    expect(finding.suggestion).toEqual({ path: "/fabric/linksPerLeafPerSpine", value: 2, label: "Set linksPerLeafPerSpine to 2" });
  });

  it("warns when peak demand leaves less uplink headroom than one spine failure removes", () => {
    // Baseline 20 Gbps x peak 2 per node: a leaf of 20 nodes sends 20 x 40 x 0.9945 = 795.6 Gbps on 800:
    // 0.5% headroom < 1/8 = 12.5%.
    const result = fabricOf((d) => (d.cluster.traffic.baselineGbpsPerNode = 20));
    expect(codes(result)).toEqual(expect.arrayContaining(["fabric.uplink-headroom /racks/0", "fabric.uplink-headroom /racks/3"]));
  });

  it("needs a super-spine past the spine ports and models pods when one is set", () => {
    // 130 compute racks + 12 others = 142 racks x 2 = 284 leaves > 256 spine ports.
    const over = fabricOf((d) => (d.racks[0].count = 130));
    expect(over.metrics).toMatchObject({ leafCount: 284, spinePortsNeeded: 284, superSpineNeeded: true });
    expect(codes(over)).toContain("fabric.spine-ports-exceeded /fabric/spine/ports");
    // With a super-spine: spines give 128 ports to leaves and 128 up; 284 leaves / 128 = 3 pods of 8 spines = 24 spines;
    // 24 x 128 = 3,072 super-spine ports > 8 x 256 = 2,048: needs ceil(3,072 / 256) = 12 super-spines.
    const pods = fabricOf((d) => {
      d.racks[0].count = 130;
      d.fabric.superSpine = { model: "ss-256x100g", ports: 256, portSpeedGbps: 100, count: 8 };
    });
    expect(pods.metrics).toMatchObject({ fabricPods: 3, spineCount: 24, superSpinePortsNeeded: 3072, superSpinePortsAvailable: 2048 });
    // 284 leaves over 3 pods: ceil(284/3) = 95 leaves + 128 uplinks = 223 ports per spine.
    expect(pods.metrics.spinePortsNeeded).toBe(223);
    const finding = pods.findings.find((f) => f.code === "fabric.super-spine-ports-exceeded")!;
    expect(finding.suggestion).toEqual({ path: "/fabric/superSpine/count", value: 12, label: "Set super-spine count to 12" });
  });

  it("reports too many node ports and too many uplinks on a leaf", () => {
    // One leaf per rack: 40 nodes x 2 NICs = 80 ports > 48.
    const ports = fabricOf((d) => (d.racks[0].leavesPerRack = 1));
    expect(ports.findings.find((f) => f.code === "fabric.leaf-ports-exceeded")?.fix).toContain("at most 24 nodes");
    // 8 spines x 2 links = 16 uplinks > 8 ports.
    expect(codes(fabricOf((d) => (d.fabric.linksPerLeafPerSpine = 2)))).toContain("fabric.leaf-uplinks-exceeded /fabric/linksPerLeafPerSpine");
  });

  it("charges the overlay: VXLAN 50 bytes of 9,000, IPIP 20, WireGuard 60 more, BGP nothing", () => {
    expect(fabricOf().metrics).toMatchObject({ overlayOverheadBytes: 0, effectiveMtuBytes: 9000 });
    // Goodput without overlay: (9,000 - 40 TCP/IP) / (9,000 + 38 Ethernet framing) = 0.99137.
    expect(fabricOf().metrics.goodputShare).toBeCloseTo(8960 / 9038, 9);
    const vxlan = fabricOf((d) => (d.network.overlay = "calico-vxlan")).metrics;
    expect(vxlan).toMatchObject({ overlayOverheadBytes: 50, effectiveMtuBytes: 8950 });
    const ipipWireguard = fabricOf((d) => {
      d.ipPlan.podPools[0].encapsulation = "ipip-cross-subnet";
      d.network.wireguard = true;
      d.fabric.mtu = 1500;
    }).metrics;
    // 20 + 60 = 80 bytes of a 1,500 MTU: 1,420 left; goodput (1,500 - 80 - 40) / 1,538 = 0.8973.
    expect(ipipWireguard).toMatchObject({ overlayOverheadBytes: 80, effectiveMtuBytes: 1420 });
    expect(ipipWireguard.goodputShare).toBeCloseTo(1380 / 1538, 9);
  });

  it("estimates leaf-spine-leaf latency and compares it with the target", () => {
    // 3 switches x 1 us + a 9,000-byte frame serialised on 2 x 25G (2.88 us each) and 2 x 100G (0.72 us each) = 10.2 us.
    expect(fabricOf().metrics.latencyUs).toBeCloseTo(10.2, 9);
    expect(codes(fabricOf((d) => (d.cluster.latencyTargetUs = 10)))).toContain("fabric.latency-budget /cluster/latencyTargetUs");
  });

  it("counts routes per leaf and checks BGP design", () => {
    // 10,000 blocks (250 + 9,350 + 400) + 125 rack subnets + service CIDR + load balancer range = 10,127.
    expect(fabricOf().metrics.routesPerLeaf).toBe(10_127);
    expect(codes(fabricOf((d) => (d.fabric.leaf.routeTableCapacity = 10_000)))).toContain("fabric.route-table-exceeded /fabric/leaf/routeTableCapacity");
    // VXLAN hides pod addresses from the fabric: only 125 + 2 routes.
    expect(fabricOf((d) => (d.network.overlay = "calico-vxlan")).metrics.routesPerLeaf).toBe(127);
    const mesh = fabricOf((d) => (d.fabric.bgp.mode = "full-mesh"));
    expect(mesh.metrics.bgpSessionsPerNode).toBe(4999);
    expect(mesh.findings.find((f) => f.code === "fabric.bgp-full-mesh-at-scale")?.suggestion?.value).toBe("tor");
    expect(codes(fabricOf((d) => (d.fabric.bgp.mode = "route-reflector")))).toContain("fabric.bgp-no-route-reflectors /fabric/bgp/routeReflectors");
  });
});
