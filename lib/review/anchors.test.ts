import { describe, expect, it } from "vitest";
import { designWith } from "../planner/test-design";
import { anchorLabel, anchorOptions } from "./anchors";

describe("comment anchors", () => {
  // starter-500: racks compute, infra; zones frontend, backend; one flow frontend -> backend.
  const options = anchorOptions(designWith(() => {}, "starter-500"));

  it("offers every drawn element with its pointer", () => {
    expect(options).toContainEqual({ pointer: "/racks/0", label: "rack group compute" });
    expect(options).toContainEqual({ pointer: "/racks/1", label: "rack group infra" });
    expect(options).toContainEqual({ pointer: "/ipPlan/podPools/0", label: "pod pool workers" });
    expect(options).toContainEqual({ pointer: "/flows/0", label: "flow frontend -> backend" });
  });

  it("labels pointers at and inside an element, and keeps unknown pointers as they are", () => {
    expect(anchorLabel(options, "/racks/0")).toBe("rack group compute");
    expect(anchorLabel(options, "/racks/0/placements/1")).toBe("rack group compute: placements.1");
    expect(anchorLabel(options, "/racks/9")).toBe("/racks/9");
    // /racks/1 must not match /racks/10.
    expect(anchorLabel(options, "/racks/10")).toBe("/racks/10");
  });
});
