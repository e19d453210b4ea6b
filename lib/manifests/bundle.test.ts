import { describe, expect, it } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import { designSchema, getTemplate } from "@/lib/design";
import { DOCUMENT_PATHS, renderBundle } from "./bundle";
import type { BundleFinding } from "./plan";
import { fileOf, kustomizationResources } from "./testing/bundle";
import { planOf } from "./testing/plan";
import { zipBundle } from "./zip";

const reference = getTemplate("reference-5000");

describe("determinism", () => {
  it("renders the same design twice into the same bytes", () => {
    expect(renderBundle(getTemplate("reference-5000"), planOf(reference))).toEqual(renderBundle(reference, planOf(reference)));
  });

  it("does not depend on the order of keys in the document", () => {
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverseKeys)
        : value !== null && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reverseKeys(item)]))
          : value;
    const reordered = designSchema.parse(reverseKeys(reference));
    reordered.zones[1]!.podSelector = { b: "2", a: "1" };
    const ordered = structuredClone(reference);
    ordered.zones[1]!.podSelector = { a: "1", b: "2" };
    expect(renderBundle(reordered, planOf(reordered))).toEqual(renderBundle(ordered, planOf(ordered)));
  });

  it("zips the same files into the same bytes", () => {
    const files = renderBundle(reference, planOf(reference));
    expect(Buffer.from(zipBundle(files)).equals(Buffer.from(zipBundle(renderBundle(reference, planOf(reference)))))).toBe(true);
  });

  it("renders the 5,000-node reference design in under 100 ms (shared/design.md performance target)", () => {
    const plan = planOf(reference);
    renderBundle(reference, plan);
    const start = performance.now();
    renderBundle(reference, plan);
    expect(performance.now() - start).toBeLessThan(100);
  });
});

describe("the zip", () => {
  const files = renderBundle(reference, planOf(reference));
  const zip = zipBundle(files);
  const entries = unzipSync(zip);

  it("holds exactly the kustomization's resources plus the documents", () => {
    const documents = [DOCUMENT_PATHS.readme, DOCUMENT_PATHS.kustomization, DOCUMENT_PATHS.design, DOCUMENT_PATHS.plan, "backup/install-velero.sh", "backup/restore-test-checklist.md"];
    expect(Object.keys(entries).sort()).toEqual([...kustomizationResources(files), ...documents].sort());
    for (const file of files) expect(strFromU8(entries[file.path]!)).toBe(file.content);
  });

  it("keeps the install script executable", () => {
    // Central directory entries (signature 0x02014b50): name length at 28, external attributes at 38, name at 46.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const modes = new Map<string, number>();
    for (let offset = 0; offset + 46 <= zip.length; offset += 1) {
      if (view.getUint32(offset, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(offset + 28, true);
      const name = strFromU8(zip.subarray(offset + 46, offset + 46 + nameLength));
      modes.set(name, view.getUint32(offset + 38, true) >>> 16);
    }
    expect(modes.get("backup/install-velero.sh")).toBe(0o100755);
    expect(modes.get("calico/ippools.yaml")).toBe(0o100644);
  });
});

describe("documents", () => {
  const errors: BundleFinding[] = [
    { severity: "error", code: "ip.pool.block-exhaustion", message: "Pool workers needs 5,000 blocks but has 1,024.", path: "/ipPlan/podPools/1", fix: "Use a /14 pool." },
    { severity: "warning", code: "fabric.leaf.oversubscribed", message: "Leaf oversubscription 3.5:1 is above 3:1.", path: "/fabric/leaf" },
  ];

  it("lists the plan's errors at the top of the README, and not its warnings", () => {
    const readme = fileOf(renderBundle(reference, planOf(reference, errors)), "README.md");
    const lines = readme.split("\n");
    expect(lines.slice(0, 10)).toContain("## 1 error in this design");
    expect(readme).toContain("- **ip.pool.block-exhaustion** at `/ipPlan/podPools/1`: Pool workers needs 5,000 blocks but has 1,024. Fix: Use a /14 pool.");
    expect(readme.indexOf("## 1 error")).toBeLessThan(readme.indexOf("## Before you apply"));
    expect(readme).not.toContain("fabric.leaf.oversubscribed");
  });

  it("heads the README with the errors the planner finds in the reference design", () => {
    const plan = planOf(reference);
    const errorCodes = plan.findings.filter((finding) => finding.severity === "error").map((finding) => finding.code);
    expect(errorCodes).toContain("ip.pool.block-exhaustion");
    const top = fileOf(renderBundle(reference, plan), "README.md").split("## Before you apply")[0]!;
    for (const code of errorCodes) expect(top).toContain(`**${code}**`);
  });

  it("has no error section for a design without errors", () => {
    const starter = getTemplate("starter-500");
    const plan = planOf(starter);
    expect(plan.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(fileOf(renderBundle(starter, plan), "README.md")).not.toMatch(/error(s)? in this design/);
  });

  it("says what to apply in which order: every resource file, numbered, in kustomization order", () => {
    const files = renderBundle(reference, planOf(reference));
    const readme = fileOf(files, "README.md");
    const steps = [...readme.matchAll(/^(\d+)\. `kubectl apply -f ([^`]+)`/gm)].map((match) => [Number(match[1]), match[2]]);
    const resources = kustomizationResources(files);
    expect(steps).toEqual(resources.map((path, index) => [index + 1, path]));
    expect(resources.indexOf("namespaces/namespaces.yaml")).toBeLessThan(resources.indexOf("network-policies/ingress.yaml"));
    expect(resources.indexOf("storage/ceph-blockpools.yaml")).toBeLessThan(resources.indexOf("storage/storageclasses.yaml"));
  });

  it("writes the design and the plan as JSON that reads back to the same values", () => {
    const plan = planOf(reference, errors);
    const files = renderBundle(reference, plan);
    expect(designSchema.parse(JSON.parse(fileOf(files, "design.json")))).toEqual(reference);
    // JSON has no undefined: compare with the plan as JSON carries it.
    expect(JSON.parse(fileOf(files, "plan.json"))).toEqual(JSON.parse(JSON.stringify(plan)));
  });
});
