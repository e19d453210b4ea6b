import { describe, expect, it } from "vitest";
import { renderBundle } from "../manifests";
import { plan } from "../planner";
import { designWith } from "../planner/test-design";
import { diffManifests } from "./manifest-diff";

describe("diffManifests", () => {
  it("gives a unified diff per changed file, added and removed files against /dev/null", () => {
    const before = [
      { path: "a.yaml", content: "kind: A\nspec:\n  size: 1\n" },
      { path: "same.yaml", content: "kind: S\n" },
      { path: "gone.yaml", content: "kind: G\n" },
    ];
    const after = [
      { path: "new.yaml", content: "kind: N\nspec: {}\n" },
      { path: "same.yaml", content: "kind: S\n" },
      { path: "a.yaml", content: "kind: A\nspec:\n  size: 2\n" },
    ];
    expect(diffManifests(before, after)).toEqual({
      unchanged: 1,
      files: [
        {
          path: "a.yaml",
          change: "changed",
          // Line 3 replaced; the 2 lines before it are all the context there is.
          patch: "--- a/a.yaml\n+++ b/a.yaml\n@@ -1,3 +1,3 @@\n kind: A\n spec:\n-  size: 1\n+  size: 2\n",
          additions: 1,
          deletions: 1,
        },
        { path: "gone.yaml", change: "removed", patch: "--- a/gone.yaml\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-kind: G\n", additions: 0, deletions: 1 },
        { path: "new.yaml", change: "added", patch: "--- /dev/null\n+++ b/new.yaml\n@@ -0,0 +1,2 @@\n+kind: N\n+spec: {}\n", additions: 2, deletions: 0 },
      ],
    });
  });

  it("counts a changed line that starts with dashes as a change, not a header", () => {
    const diff = diffManifests([{ path: "x.yaml", content: "---\na: 1\n" }], [{ path: "x.yaml", content: "---\na: 2\n" }]);
    expect(diff.files[0]).toMatchObject({ additions: 1, deletions: 1 });
  });

  it("shows a pod pool change in the Calico IPPool file of the real bundle", () => {
    const render = (cidr: string) => {
      const design = designWith((d) => void (d.ipPlan.podPools[0]!.cidr = cidr), "starter-500");
      return renderBundle(design, plan(design));
    };
    const diff = diffManifests(render("10.16.0.0/15"), render("10.24.0.0/15"));
    const changed = diff.files.map((f) => f.path);
    expect(changed.some((path) => /ippool/i.test(path))).toBe(true);
    const pools = diff.files.find((f) => /ippool/i.test(f.path))!;
    expect(pools.patch).toContain("-  cidr: 10.16.0.0/15");
    expect(pools.patch).toContain("+  cidr: 10.24.0.0/15");
    expect(diff.files.every((f) => f.change === "changed")).toBe(true);
  });
});
