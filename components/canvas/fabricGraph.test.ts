import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/design";
import { fabricGraph } from "./fabricGraph";
import { zoneGraph, zoneLayout } from "./zoneGraph";

const reference = getTemplate("reference-5000");
const input = (expanded: string[]) => ({
  fabric: reference.fabric,
  racks: reference.racks,
  nodePools: reference.nodePools,
  podPools: reference.ipPlan.podPools,
  canvas: { positions: {}, expanded },
  badges: new Map(),
  highlighted: null,
});

describe("fabric graph of the reference design", () => {
  it("draws each rack group as one node with one uplink bundle labelled with count and speed", () => {
    const { nodes, edges } = fabricGraph(input([]));
    expect(nodes.filter((n) => n.type === "rackGroup").map((n) => n.id)).toEqual(["rack:compute", "rack:storage", "rack:dedicated", "rack:control"]);
    // compute: 113 racks x 2 leaves x 8 spines x 1 link = 1,808 links of 100G = 180.8 Tbps.
    expect(edges.find((e) => e.id === "uplink:compute")?.label).toBe("1,808 × 100G · 180.8 Tbps");
    expect(edges.filter((e) => e.id.startsWith("uplink:"))).toHaveLength(4);
    // Placements: compute 1, storage 2, dedicated 1, control 2.
    expect(edges.filter((e) => e.id.startsWith("placement:"))).toHaveLength(6);
  });

  it("expanded, draws every rack and every leaf-spine link: 250 leaves x 8 spines = 2,000", () => {
    const { nodes, edges } = fabricGraph(input(reference.racks.map((r) => `rack:${r.name}`)));
    expect(nodes.filter((n) => n.type === "rack")).toHaveLength(125);
    expect(edges.filter((e) => e.id.startsWith("uplink:"))).toHaveLength(2000);
    // Node pools are laid out below the tallest group: 113 racks make 10 rows of 12.
    const compute = nodes.find((n) => n.id === "rack:compute");
    const pool = nodes.find((n) => n.type === "pool");
    expect(pool!.position.y).toBeGreaterThan(compute!.position.y + Number(compute!.style?.height));
  });

  it("keeps saved positions and lays out only what has none", () => {
    const { nodes } = fabricGraph({ ...input([]), canvas: { positions: { "rack:storage": { x: 5, y: 6 } }, expanded: [] } });
    expect(nodes.find((n) => n.id === "rack:storage")?.position).toEqual({ x: 5, y: 6 });
    expect(nodes.find((n) => n.id === "rack:compute")?.position).toEqual({ x: 0, y: 190 });
  });
});

describe("fabric graph with a super-spine tier", () => {
  it("draws the tier above the spines with the spine-to-super-spine links", () => {
    // 8 spines x 4 super-spines = 32 links of 400G.
    const fabric = { ...reference.fabric, superSpine: { model: "ss-64x400g", ports: 64, portSpeedGbps: 400, count: 4, latencyUs: 1 } };
    const { nodes, edges } = fabricGraph({ ...input([]), fabric });
    expect(nodes.find((n) => n.id === "superspine")?.position.y).toBeLessThan(nodes.find((n) => n.id === "spine")!.position.y);
    expect(edges.find((e) => e.id === "uplink:spine")).toMatchObject({ source: "spine", target: "superspine", label: "32 × 400G" });
  });
});

describe("zone graph", () => {
  it("draws a flow per edge with its ports, and skips flows naming missing zones", () => {
    const flows = [...reference.flows, { from: "ghost", to: "data", ports: [] }];
    const { nodes, edges } = zoneGraph({ zones: reference.zones, flows, canvas: reference.canvas, badges: new Map(), highlighted: null });
    expect(nodes).toHaveLength(5);
    expect(edges).toHaveLength(8);
    expect(edges.find((e) => e.id === "flow:2")?.label).toBe("TCP 5432, TCP 6379");
    // backend -> platform (flow 7) returns along platform -> backend (flow 5): a stepped path.
    expect(edges.find((e) => e.id === "flow:7")?.type).toBe("smoothstep");
    expect(edges.find((e) => e.id === "flow:5")?.type).toBeUndefined();
  });
});

describe("zone layout", () => {
  it("puts zones in columns by how far traffic travels from the outside", () => {
    // ingress takes outside traffic (column 0) -> frontend (1) -> backend (2) -> data and platform (3).
    const layout = zoneLayout(reference.zones, reference.flows);
    expect([...layout].map(([name, p]) => [name, p.x / 250, p.y / 170])).toEqual([
      ["ingress", 0, 0],
      ["frontend", 1, 0],
      ["backend", 2, 0],
      ["data", 3, 0],
      ["platform", 3, 1],
    ]);
  });
});
