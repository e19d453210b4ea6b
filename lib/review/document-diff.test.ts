import { describe, expect, it } from "vitest";
import { designWith } from "../planner/test-design";
import { diffDocuments } from "./document-diff";
import { diffHighlights } from "./highlights";

// Every test starts from the starter-500 template: racks compute (11 racks, 40 workers each) and
// infra (3 racks); node pools control-plane, worker, storage; pod pools workers (10.16.0.0/15)
// and infra; zones frontend (namespace web) and backend (api); one flow frontend -> backend on
// TCP 8080; 4 spines; service CIDR 10.96.0.0/16.
const starter = () => designWith(() => {}, "starter-500");
const edited = (change: Parameters<typeof designWith>[0]) => designWith(change, "starter-500");

describe("diffDocuments", () => {
  it("finds nothing between a document and itself", () => {
    expect(diffDocuments(starter(), starter())).toEqual({ changes: [] });
  });

  it("ignores layout: moving an element on the canvas is no change to review", () => {
    const moved = edited((d) => {
      d.canvas.positions["rack:compute"] = { x: 10, y: 20 };
      d.canvas.expanded = ["compute"];
    });
    expect(diffDocuments(starter(), moved).changes).toEqual([]);
  });

  it("reports a changed rack group field by field with its pointer", () => {
    const diff = diffDocuments(starter(), edited((d) => void (d.racks[0]!.count = 12)));
    expect(diff.changes).toEqual([
      {
        kind: "rack",
        key: "rack:compute",
        label: "compute",
        change: "changed",
        path: "/racks/0",
        before: expect.objectContaining({ name: "compute", count: 11 }),
        after: expect.objectContaining({ name: "compute", count: 12 }),
        fields: [{ path: "/racks/0/count", before: 11, after: 12 }],
      },
    ]);
  });

  it("matches list elements by name, not position: a removal does not read as changes to the rest", () => {
    // infra (index 1) goes, gpu is appended: after the edit gpu is at index 1, where infra was.
    const diff = diffDocuments(
      starter(),
      edited((d) => {
        d.racks.splice(1, 1);
        d.racks.push({ name: "gpu", count: 2, leavesPerRack: 2, placements: [], failureDomain: {} });
      }),
    );
    expect(diff.changes.map((c) => [c.key, c.change, c.path])).toEqual([
      ["rack:gpu", "added", "/racks/1"],
      ["rack:infra", "removed", "/racks/1"],
    ]);
    expect(diff.changes[0]).toMatchObject({ after: { name: "gpu", count: 2 }, fields: [] });
    expect(diff.changes[1]).toMatchObject({ before: { name: "infra", count: 3 }, fields: [] });
    expect(diff.changes[0]).not.toHaveProperty("before");
  });

  it("reports scalar sections as one element with every changed field", () => {
    const diff = diffDocuments(
      starter(),
      edited((d) => {
        d.cluster.maxPodsPerNode = 250;
        d.cluster.traffic.peakFactor = 3;
        d.network.kubeProxy.mode = "nftables";
      }),
    );
    expect(diff.changes).toEqual([
      {
        kind: "cluster",
        key: "cluster",
        label: "cluster",
        change: "changed",
        path: "/cluster",
        fields: [
          { path: "/cluster/maxPodsPerNode", before: 110, after: 250 },
          { path: "/cluster/traffic/peakFactor", before: 2, after: 3 },
        ],
      },
      {
        kind: "network",
        key: "network",
        label: "network",
        change: "changed",
        path: "/network",
        fields: [{ path: "/network/kubeProxy/mode", before: "ipvs", after: "nftables" }],
      },
    ]);
  });

  it("keeps section fields and list elements apart: a pod pool change is not an ipPlan change", () => {
    const diff = diffDocuments(
      starter(),
      edited((d) => {
        d.ipPlan.serviceCidr = "10.96.0.0/14";
        d.ipPlan.podPools[0]!.cidr = "10.16.0.0/17";
      }),
    );
    expect(diff.changes.map((c) => [c.kind, c.key, c.fields])).toEqual([
      ["ipPlan", "ipPlan", [{ path: "/ipPlan/serviceCidr", before: "10.96.0.0/16", after: "10.96.0.0/14" }]],
      ["podPool", "podPool:workers", [{ path: "/ipPlan/podPools/0/cidr", before: "10.16.0.0/15", after: "10.16.0.0/17" }]],
    ]);
  });

  it("compares arrays inside an element whole, at their own pointer", () => {
    const diff = diffDocuments(starter(), edited((d) => void d.racks[1]!.placements.pop()));
    expect(diff.changes[0]?.fields).toEqual([
      {
        path: "/racks/1/placements",
        before: [
          { pool: "control-plane", nodesPerRack: 1 },
          { pool: "storage", nodesPerRack: 6 },
          { pool: "worker", nodesPerRack: 13 },
        ],
        after: [
          { pool: "control-plane", nodesPerRack: 1 },
          { pool: "storage", nodesPerRack: 6 },
        ],
      },
    ]);
  });

  it("keys flows by the zones they connect, and a second flow between the same zones by its order", () => {
    const diff = diffDocuments(
      starter(),
      edited((d) => {
        d.flows.push({ from: "frontend", to: "backend", ports: [{ protocol: "TCP", port: 9090 }] });
        d.flows[0]!.ports = [{ protocol: "TCP", port: 8443 }];
      }),
    );
    expect(diff.changes.map((c) => [c.key, c.label, c.change, c.path])).toEqual([
      ["flow:frontend->backend", "frontend -> backend", "changed", "/flows/0"],
      ["flow:frontend->backend#2", "frontend -> backend#2", "added", "/flows/1"],
    ]);
  });

  it("reports an optional object that appears as one field holding all of it", () => {
    const superSpine = { model: "ss-64x400g", ports: 64, portSpeedGbps: 400, latencyUs: 1, count: 2 };
    const diff = diffDocuments(starter(), edited((d) => void (d.fabric.superSpine = superSpine)));
    expect(diff.changes).toEqual([
      { kind: "fabric", key: "fabric", label: "fabric", change: "changed", path: "/fabric", fields: [{ path: "/fabric/superSpine", after: superSpine }] },
    ]);
  });

  it("covers storage, backup and their lists", () => {
    const diff = diffDocuments(
      starter(),
      edited((d) => {
        d.storage.nearfullRatio = 0.8;
        d.storage.classes[0]!.expectedDataTB += 10;
        d.backup.schedules[0]!.retentionDays = 60;
        d.backup.restoreTests = [];
      }),
    );
    expect(diff.changes.map((c) => [c.kind, c.key, c.change])).toEqual([
      ["storage", "storage", "changed"],
      ["storageClass", "storageClass:fast-ssd", "changed"],
      ["schedule", "schedule:daily", "changed"],
      ["restoreTest", "restoreTest:daily", "removed"],
    ]);
  });
});

describe("diffHighlights", () => {
  it("maps changed elements to the canvas ids the studio draws", () => {
    const diff = diffDocuments(
      starter(),
      edited((d) => {
        d.racks[0]!.count = 12; // rack:compute changed
        d.racks.splice(1, 1); // rack:infra removed
        d.nodePools[1]!.cpuCores = 64; // pool:worker changed
        d.ipPlan.podPools.push({ name: "gpu", cidr: "10.30.0.0/16", blockSize: 26, nodePools: [], encapsulation: "none", natOutgoing: true, disabled: false });
        d.zones[1]!.namespaces = ["api", "jobs"]; // zone:backend changed
        d.flows.push({ from: "backend", to: "frontend", ports: [] }); // flows[1] added
        d.flows.splice(0, 1); // frontend -> backend removed; the new flow moves to index 0
        d.fabric.spine.count = 6; // spine changed
        d.cluster.maxPodsPerNode = 200; // not drawn
      }),
    );
    expect(diffHighlights(diff)).toEqual({
      spine: "changed",
      "rack:compute": "changed",
      "rack:infra": "removed",
      "pool:worker": "changed",
      "podpool:gpu": "added",
      "zone:backend": "changed",
      "flow:0": "added",
      "flow:frontend->backend": "removed",
    });
  });

  it("colours the super-spine, not the spine, when only the super-spine tier changes", () => {
    const superSpine = { model: "ss", ports: 64, portSpeedGbps: 400, latencyUs: 1, count: 2 };
    const withTier = edited((d) => void (d.fabric.superSpine = superSpine));
    expect(diffHighlights(diffDocuments(starter(), withTier))).toEqual({ superspine: "added" });
    expect(diffHighlights(diffDocuments(withTier, starter()))).toEqual({ superspine: "removed" });
    const bigger = edited((d) => void (d.fabric.superSpine = { ...superSpine, count: 4 }));
    expect(diffHighlights(diffDocuments(withTier, bigger))).toEqual({ superspine: "changed" });
  });
});
