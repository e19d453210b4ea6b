import { describe, expect, it } from "vitest";
import { designSchema, getTemplate } from "@/lib/design";
import { addPodPool, addRackGroup, addZone, connect, connectTargets, duplicateElement, placePool, removeElement, replaceElement, setAtPointer, setPositions, uniqueName } from "./edits";
import { elementForPointer, fieldForPointer } from "./elements";

const starter = () => getTemplate("starter-500");

describe("document edits", () => {
  it("adds a rack group under a free name and keeps the document valid", () => {
    const first = addRackGroup(starter());
    const second = addRackGroup(first.design);
    expect(second.ref).toEqual({ kind: "rack", name: "rack-group-2" });
    expect(designSchema.safeParse(second.design).success).toBe(true);
  });

  it("placing a node pool fills the rack's free leaf ports", () => {
    // starter-500: leaves of 48 downlink ports, 2 per rack = 96 ports; a new rack group holds
    // nothing, and workers have 2 NICs, so 96 / 2 = 48 workers per rack.
    const { design } = addRackGroup(starter());
    const placed = placePool(design, "rack-group", "worker");
    expect(placed.racks.at(-1)?.placements).toEqual([{ pool: "worker", nodesPerRack: 48 }]);
    // A compute rack already uses 40 workers x 2 NICs = 80 of its 96 ports: 16 free, 8 storage nodes of 2 NICs.
    expect(connect(design, { kind: "pool", name: "storage" }, { kind: "rack", name: "compute" })?.design.racks[0]?.placements).toContainEqual({ pool: "storage", nodesPerRack: 8 });
  });

  it("offers from the keyboard exactly the connections a dragged link makes", () => {
    const d = starter();
    // starter-500: rack groups compute and infra; node pools control-plane, worker, storage;
    // pod pools workers and infra; zones frontend and backend.
    expect(connectTargets(d, { kind: "pool", name: "worker" })).toEqual([
      { kind: "rack", name: "compute" },
      { kind: "rack", name: "infra" },
      { kind: "podpool", name: "workers" },
      { kind: "podpool", name: "infra" },
    ]);
    expect(connectTargets(d, { kind: "rack", name: "compute" }).map((t) => t.kind)).toEqual(["pool", "pool", "pool"]);
    expect(connectTargets(d, { kind: "zone", name: "frontend" })).toEqual([{ kind: "zone", name: "backend" }]);
    expect(connectTargets(d, { kind: "spine" })).toEqual([]);
    for (const source of [{ kind: "pool", name: "worker" }, { kind: "rack", name: "infra" }, { kind: "podpool", name: "infra" }, { kind: "zone", name: "backend" }] as const) {
      for (const target of connectTargets(d, source)) expect(connect(d, source, target)).not.toBeNull();
    }
  });

  it("renaming a node pool renames its placements and pod pool references", () => {
    const d = starter();
    const worker = d.nodePools.find((p) => p.name === "worker")!;
    const next = replaceElement(d, { kind: "pool", name: "worker" }, { ...worker, name: "compute-node" });
    expect(next.racks.flatMap((r) => r.placements.map((p) => p.pool))).not.toContain("worker");
    expect(next.racks[0]?.placements[0]?.pool).toBe("compute-node");
    expect(next.ipPlan.podPools[0]?.nodePools).toEqual(["compute-node"]);
    // Untouched sections stay the same objects: the history and the live plan rely on it.
    expect(next.storage).toBe(d.storage);
  });

  it("renaming a zone renames the flows and the canvas position", () => {
    const d = setPositions(starter(), { "zone:backend": { x: 1, y: 2 } });
    const zone = d.zones[1]!;
    const next = replaceElement(d, { kind: "zone", name: "backend" }, { ...zone, name: "api" });
    expect(next.flows[0]).toMatchObject({ from: "frontend", to: "api" });
    expect(next.canvas.positions).toEqual({ "zone:api": { x: 1, y: 2 } });
  });

  it("adding a zone or a flow pins the zones already drawn, so that none of them jumps", () => {
    // starter-500: frontend takes outside traffic (column 0), backend is reached from it (column 1).
    const { design } = addZone(starter());
    expect(design.canvas.positions).toEqual({ "zone:frontend": { x: 0, y: 0 }, "zone:backend": { x: 250, y: 0 } });
    const flowed = connect(design, { kind: "zone", name: "zone" }, { kind: "zone", name: "frontend" });
    expect(flowed?.design.flows.at(-1)).toEqual({ from: "zone", to: "frontend", ports: [{ protocol: "TCP", port: 8080 }] });
    expect(flowed?.design.canvas.positions["zone:frontend"]).toEqual({ x: 0, y: 0 });
  });

  it("removing a zone removes its flows; removing a pod pool unsets the zones' pool", () => {
    const d = starter();
    expect(removeElement(d, { kind: "zone", name: "backend" }).flows).toEqual([]);
    expect(removeElement(d, { kind: "podpool", name: "workers" }).zones.map((z) => z.pool)).toEqual([undefined, undefined]);
  });

  it("a new or duplicated pod pool takes a range that overlaps nothing", () => {
    // starter-500 uses 10.16.0.0/15, 10.20.0.0/20, 10.30.0.0/20, 10.40.0.0/24, 10.96.0.0/16 and
    // 192.168.0.0/16: 10.100.0.0/16 is the first free /16 from 10.100 on.
    const added = addPodPool(starter());
    expect(added.design.ipPlan.podPools.at(-1)?.cidr).toBe("10.100.0.0/16");
    const copy = duplicateElement(added.design, added.ref);
    expect(copy?.design.ipPlan.podPools.at(-1)).toMatchObject({ name: "pod-pool-copy", cidr: "10.101.0.0/16" });
  });

  it("duplicates a rack group with its placements, drawn 40 px below and to the right", () => {
    const d = setPositions(starter(), { "rack:infra": { x: 100, y: 200 } });
    const copy = duplicateElement(d, { kind: "rack", name: "infra" });
    expect(copy?.ref).toEqual({ kind: "rack", name: "infra-copy" });
    expect(copy?.design.racks.at(-1)).toEqual({ ...d.racks[1], name: "infra-copy" });
    expect(copy?.design.canvas.positions["rack:infra-copy"]).toEqual({ x: 140, y: 240 });
  });

  it("sets a value at a JSON pointer without touching other sections", () => {
    const d = starter();
    const next = setAtPointer(d, "/ipPlan/podPools/1/cidr", "10.20.0.0/19");
    expect(next.ipPlan.podPools[1]?.cidr).toBe("10.20.0.0/19");
    expect(d.ipPlan.podPools[1]?.cidr).toBe("10.20.0.0/20");
    expect(next.racks).toBe(d.racks);
  });

  it("maps finding pointers to drawn elements", () => {
    const d = starter();
    expect(elementForPointer(d, "/racks/1/placements/0")).toEqual({ kind: "rack", name: "infra" });
    expect(elementForPointer(d, "/ipPlan/podPools/0/cidr")).toEqual({ kind: "podpool", name: "workers" });
    expect(elementForPointer(d, "/flows/0")).toEqual({ kind: "flow", index: 0 });
    expect(elementForPointer(d, "/fabric/spine/count")).toEqual({ kind: "spine" });
    expect(elementForPointer(d, "/storage/classes/0")).toEqual({ kind: "design" });
    expect(elementForPointer(d, "/racks/99")).toEqual({ kind: "design" });
  });

  it("names the form field a pointer addresses inside its element", () => {
    expect(fieldForPointer("/racks/3/placements/0/nodesPerRack")).toBe("placements.0.nodesPerRack");
    expect(fieldForPointer("/ipPlan/podPools/1/cidr")).toBe("cidr");
    expect(fieldForPointer("/fabric/spine/count")).toBe("spine.count");
    expect(fieldForPointer("/cluster/maxPodsPerNode")).toBe("maxPodsPerNode");
    expect(fieldForPointer("/zones/2")).toBe("");
  });

  it("numbers copies past names already taken", () => {
    expect(uniqueName("a", ["a", "a-2"])).toBe("a-3");
  });
});
