import { describe, expect, it } from "vitest";
import { buildInventory } from "./inventory";
import { planIp } from "./ip";
import { designWith } from "./test-design";
import { findingSchema } from "./types";

function ipOf(change?: (doc: Record<string, any>) => void) {
  const design = designWith(change);
  return planIp(design, buildInventory(design));
}
const codes = (result: ReturnType<typeof ipOf>) => result.findings.map((f) => `${f.code} ${f.path}`);

describe("IP plan: Calico blocks", () => {
  it("exhausts the reference worker pool and suggests a free /12", () => {
    const { metrics, findings } = ipOf();
    const workers = metrics.pools.find((p) => p.name === "workers")!;
    // 10.1.0.0/16 with /26 blocks: 2^(26-16) = 1,024 blocks of 64 addresses.
    // 4,675 workers (113x40 + 6x20 + 35) at 110 pods: ceil(110/64) = 2 blocks each = 9,350 blocks.
    expect(workers).toMatchObject({ blocks: 1024, addressesPerBlock: 64, nodes: 4675, blocksPerNode: 2, blocksNeeded: 9350 });
    expect(workers.blockUtilization).toBeCloseTo(9350 / 1024, 10);
    // 65,536 addresses minus the reserved 10.1.255.0/24 (256) = 65,280; 4,675 x 110 = 514,250 pods.
    expect(workers.addresses).toBe(65_280);
    expect(workers.addressUtilization).toBeCloseTo(514_250 / 65_280, 10);
    // Suggestion: 9,350 x 1.25 (growth) / 0.8 (alert) = 14,609.4 -> 14,610 blocks -> 2^14 -> /12.
    // 10.0.0.0/12 (the pool's own network) holds the other pools; 10.16.0.0/12 is free.
    expect(workers.suggestedCidr).toBe("10.16.0.0/12");
    const exhaustion = findings.find((f) => f.code === "ip.pool.block-exhaustion")!;
    expect(findingSchema.parse(exhaustion)).toEqual(exhaustion);
    expect(exhaustion).toMatchObject({
      severity: "error",
      path: "/ipPlan/podPools/1/cidr",
      suggestion: { path: "/ipPlan/podPools/1/cidr", value: "10.16.0.0/12", label: "Set cidr to 10.16.0.0/12" },
    });
    expect(exhaustion.message).toContain("9,350");
  });

  it("applying the suggestion clears the exhaustion and overlaps nothing", () => {
    const fixed = ipOf((d) => {
      d.ipPlan.podPools[1].cidr = "10.16.0.0/12";
      d.ipPlan.reserved[0].cidr = "10.31.255.0/24";
    });
    // 2^(26-12) = 16,384 blocks; 9,350 / 16,384 = 57% < 80%.
    expect(fixed.metrics.pools[1]!.blocks).toBe(16_384);
    expect(fixed.findings).toEqual([]);
  });

  it("warns at the alert threshold before the pool is exhausted", () => {
    // control-plane pool: 5 control-plane + 120 storage = 125 nodes x 2 = 250 blocks. A /18 has
    // 2^(26-18) = 256 blocks: 250 / 256 = 97.7% >= 80%, not exhausted.
    const { metrics, findings } = ipOf((d) => (d.ipPlan.podPools[0].cidr = "10.0.0.0/18"));
    expect(metrics.pools[0]).toMatchObject({ blocks: 256, blocksNeeded: 250 });
    const high = findings.find((f) => f.code === "ip.pool.usage-high")!;
    expect(high).toMatchObject({ severity: "warning", path: "/ipPlan/podPools/0/cidr" });
    // 250 x 1.25 / 0.8 = 390.6 -> 391 blocks -> 512 = 2^9 -> /17, at the pool's own address.
    expect(high.suggestion?.value).toBe("10.0.0.0/17");
  });

  it("counts one block per node when a block holds all its pods", () => {
    // /24 blocks hold 256 addresses >= 110 pods: 1 block per node; 200 dedicated nodes = 200 of 2^(24-16) = 256 blocks.
    const { metrics } = ipOf((d) => (d.ipPlan.podPools[2].blockSize = 24));
    expect(metrics.pools[2]).toMatchObject({ blocksPerNode: 1, blocksNeeded: 200, blocks: 256 });
  });

  it("serves every node pool from a pool with an empty nodePools list (Calico nodeSelector all())", () => {
    const { metrics } = ipOf((d) => {
      d.ipPlan.podPools = [{ name: "all", cidr: "10.0.0.0/12", blockSize: 26 }];
      d.ipPlan.reserved = [];
    });
    // 5,000 nodes x 2 blocks = 10,000 of 2^14 = 16,384.
    expect(metrics.pools[0]).toMatchObject({ nodes: 5000, blocksNeeded: 10_000, blocks: 16_384 });
  });

  it("plans IPv6 pools: a /112 with /122 blocks has 1,024 blocks of 64", () => {
    const { metrics, findings } = ipOf((d) => {
      d.cluster.ipFamilies = "dual-stack";
      d.ipPlan.podPools.push({ name: "workers-v6", cidr: "fd00:1::/112", blockSize: 122, nodePools: ["dedicated"] });
    });
    // 200 dedicated nodes x ceil(110/64) = 2 blocks = 400 of 1,024.
    expect(metrics.pools[3]).toMatchObject({ family: 6, blocks: 1024, addressesPerBlock: 64, blocksNeeded: 400 });
    expect(codes({ metrics, findings })).not.toContain("ip.cidr.invalid /ipPlan/podPools/3/cidr");
  });

  it("reports pools of the wrong family, nodes without a pool and unknown node pools", () => {
    const result = ipOf((d) => {
      d.ipPlan.podPools[2].cidr = "fd00:2::/112";
      d.ipPlan.podPools[2].blockSize = 122;
      d.ipPlan.podPools[0].nodePools = ["control-plane", "storag"];
    });
    expect(codes(result)).toEqual(
      expect.arrayContaining([
        "ip.cidr.invalid /ipPlan/podPools/2/cidr",
        "design.unknown-reference /ipPlan/podPools/0/nodePools/1",
        "ip.node-pool-without-pod-pool /nodePools/2",
      ]),
    );
  });
});

describe("IP plan: overlaps", () => {
  it("names both ranges and ignores reservations inside their pool", () => {
    const result = ipOf((d) => {
      d.network.loadBalancer.addressRange = "10.254.0.0/24"; // inside the node network 10.254.0.0/16
      d.ipPlan.external.push({ name: "lab", cidr: "10.2.128.0/17" }); // inside the dedicated pool
      d.ipPlan.reserved.push({ name: "stray", cidr: "172.16.5.0/24" }); // outside every pool, inside an external range
    });
    const overlapsFound = result.findings.filter((f) => f.code === "ip.overlap").map((f) => [f.path, f.message]);
    expect(overlapsFound).toEqual(
      expect.arrayContaining([
        ["/network/loadBalancer/addressRange", 'node network "rack-nodes" (10.254.0.0/16) overlaps the load balancer range (10.254.0.0/24)'],
        ["/ipPlan/external/2/cidr", 'pod pool "dedicated" (10.2.0.0/16) overlaps external range "lab" (10.2.128.0/17)'],
        ["/ipPlan/external/0/cidr", 'reserved range "stray" (172.16.5.0/24) overlaps external range "datacenter-management" (172.16.0.0/12)'],
      ]),
    );
    expect(overlapsFound).toHaveLength(3); // worker-vips inside the workers pool is not an overlap
    expect(codes(result)).toContain("ip.reserved.outside-pool /ipPlan/reserved/1/cidr");
  });

  it("flags a reservation wider than its pool", () => {
    // 10.0.0.0/15 covers the control-plane and workers pools instead of lying inside one: two overlaps.
    const result = ipOf((d) => (d.ipPlan.reserved[0].cidr = "10.0.0.0/15"));
    expect(result.findings.filter((f) => f.code === "ip.overlap" && f.path === "/ipPlan/reserved/0/cidr")).toHaveLength(2);
  });
});

describe("IP plan: node networks and service CIDR", () => {
  it("sizes rack subnets: 40 nodes + 3 gateways + 2 = 45 of a /26's 64 (57 usable with 10% spare)", () => {
    const { metrics } = ipOf();
    expect(metrics.nodeNetworks[0]).toMatchObject({ subnets: 1024, subnetsNeeded: 125, addressesPerSubnet: 64, addressesNeededPerSubnet: 45 });
  });

  it("flags rack subnets that are too small and too few", () => {
    // /27 = 32 addresses < 45 needed; a /20 split into /27s has 2^7 = 128 subnets >= 125 racks.
    const small = ipOf((d) => Object.assign(d.ipPlan.nodeNetworks[0], { cidr: "10.254.0.0/20", subnetPrefix: 27 }));
    expect(small.findings.filter((f) => f.code === "ip.node-network.too-small")).toHaveLength(1);
    // A /22 split into /26s has 2^4 = 16 subnets < 125 racks.
    const few = ipOf((d) => (d.ipPlan.nodeNetworks[0].cidr = "10.254.0.0/22"));
    expect(few.findings.find((f) => f.code === "ip.node-network.too-small")?.message).toContain("125 racks need 125 subnets of /26; it has 16");
  });

  it("sizes role networks: 4,675 workers + 3 + 2 = 4,680 addresses do not fit a /20 (4,096)", () => {
    const result = ipOf((d) => d.ipPlan.nodeNetworks.push({ scope: "role", name: "workers", cidr: "10.253.0.0/20", roles: ["worker"] }));
    expect(result.metrics.nodeNetworks[1]).toMatchObject({ addressesNeededPerSubnet: 4680, addressesPerSubnet: 4096 });
    expect(codes(result)).toContain("ip.node-network.too-small /ipPlan/nodeNetworks/1");
  });

  it("checks the service CIDR against expected services and the kube-apiserver limit", () => {
    // /12 = 1,048,576 addresses, 1,048,574 usable, 10,000 expected services.
    expect(ipOf().metrics.serviceCidr).toMatchObject({ addresses: 1_048_576, usableAddresses: 1_048_574, expectedServices: 10_000 });
    // /11 has 21 host bits: kube-apiserver (maxCIDRBits 20) refuses it.
    expect(codes(ipOf((d) => (d.ipPlan.serviceCidr = "10.96.0.0/11")))).toContain("ip.service-cidr.too-large /ipPlan/serviceCidr");
    // Needed: 10,000 x 1.25 growth = 12,500. A /18 has 16,384 - 2 = 16,382 usable: fits.
    // A /19 has 8,190 usable: too small.
    expect(codes(ipOf((d) => (d.ipPlan.serviceCidr = "10.96.0.0/18")))).not.toContain("ip.service-cidr.too-small /ipPlan/serviceCidr");
    const small = ipOf((d) => (d.ipPlan.serviceCidr = "10.96.0.0/19")).findings.find((f) => f.code === "ip.service-cidr.too-small")!;
    // 12,502 addresses with network and broadcast -> 2^14 -> /18, at its own address 10.96.0.0.
    expect(small.suggestion?.value).toBe("10.96.0.0/18");
  });
});
