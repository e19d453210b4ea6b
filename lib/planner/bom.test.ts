import { describe, expect, it } from "vitest";
import { plan } from "./plan";
import { designWith } from "./test-design";

describe("bill of materials", () => {
  it("counts the reference switches, ports, cables and optics", () => {
    const { bom } = plan(designWith()).metrics;
    // 250 leaves: 250 x 48 = 12,000 node ports, 5,000 nodes x 2 NICs = 10,000 used; 250 x 8 = 2,000 uplinks, all used.
    expect(bom.switches[0]).toEqual({
      tier: "leaf",
      model: "leaf-48x25g-8x100g",
      count: 250,
      ports: [
        { kind: "downlink", speedGbps: 25, total: 12_000, used: 10_000, free: 2000 },
        { kind: "uplink", speedGbps: 100, total: 2000, used: 2000, free: 0 },
      ],
    });
    // 8 spines x 256 = 2,048 ports, 2,000 used.
    expect(bom.switches[1]).toMatchObject({ tier: "spine", count: 8, ports: [{ total: 2048, used: 2000, free: 48 }] });
    // 10,000 25G DAC node links; 2,000 100G leaf-spine fibres with 2 optics each = 4,000.
    expect(bom.links).toEqual([
      { link: "node-leaf", speedGbps: 25, count: 10_000, cable: "dac", optics: 0 },
      { link: "leaf-spine", speedGbps: 100, count: 2000, cable: "fibre", optics: 4000 },
    ]);
    expect(bom).toMatchObject({ totalSwitches: 258, totalCables: 12_000, totalOptics: 4000 });
  });

  it("adds the super-spine tier and its links", () => {
    const { bom } = plan(designWith((d: any) => (d.fabric.superSpine = { model: "ss-256x100g", ports: 256, portSpeedGbps: 100, count: 8 }))).metrics;
    // Spines give 128 ports to leaves: 250 leaves make 2 pods x 8 spines = 16 spines, each with 128 ports up: 2,048 links.
    expect(bom.switches.map((s) => [s.tier, s.count])).toEqual([["leaf", 250], ["spine", 16], ["super-spine", 8]]);
    expect(bom.links.at(-1)).toEqual({ link: "spine-super-spine", speedGbps: 100, count: 2048, cable: "fibre", optics: 4096 });
  });
});
