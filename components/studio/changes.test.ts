import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/design";
import { describeChanges } from "./changes";
import { addRackGroup, addZone, setPositions } from "./edits";

describe("what changed between my document and the head", () => {
  const head = getTemplate("starter-500");

  it("names elements only in one of them and elements that differ, per list", () => {
    const mine = addRackGroup({ ...head, racks: head.racks.map((r) => (r.name === "infra" ? { ...r, count: 4 } : r)) }).design;
    const theirs = addZone(head).design;
    expect(describeChanges(mine, theirs)).toEqual(['racks: "infra" differs', 'racks: "rack-group" only in mine', 'zones: "zone" only in the head']);
  });

  it("ignores layout, and says when sections differ", () => {
    expect(describeChanges(setPositions(head, { spine: { x: 1, y: 1 } }), head)).toEqual([]);
    const mine = { ...head, fabric: { ...head.fabric, mtu: 1500 }, flows: [] };
    expect(describeChanges(mine, head)).toEqual(["flows: 0 in mine, 1 in the head", "fabric differs"]);
  });
});
