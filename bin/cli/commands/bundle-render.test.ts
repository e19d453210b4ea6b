import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { getTemplate } from "../../../lib/design";
import { renderBundle } from "../../../lib/manifests";
import { plan } from "../../../lib/planner";

// `blueprint render` and `blueprint bundle` as users run them: bin/blueprint.mjs through Node.
const cli = fileURLToPath(new URL("../../blueprint.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "blueprint-bundle-"));

function blueprint(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const reference = getTemplate("reference-5000");
const referenceFile = join(dir, "reference.json");
writeFileSync(referenceFile, JSON.stringify(reference));
const expected = renderBundle(reference, plan(reference));

describe("blueprint render", () => {
  it("writes every bundle file into the directory, the install script executable, and warns about the design's errors", () => {
    const out = join(dir, "rendered");
    const { code, stdout, stderr } = blueprint(["render", referenceFile, "--out", out]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(`wrote ${expected.length} files to ${out}`);
    // The reference design's worker pool is exhausted (ip.pool.block-exhaustion): one error.
    expect(stderr.trim()).toBe("warning: the design has 1 error finding, listed at the top of README.md");
    for (const file of expected) expect(readFileSync(join(out, file.path), "utf8")).toBe(file.content);
    expect(statSync(join(out, "backup/install-velero.sh")).mode & 0o777).toBe(0o755);
  });

  it("reads the design from standard input", () => {
    const out = join(dir, "from-stdin");
    const { code } = blueprint(["render", "-", "--out", out], JSON.stringify(getTemplate("starter-500")));
    expect(code).toBe(0);
    expect(readFileSync(join(out, "calico/ippools.yaml"), "utf8")).toContain("cidr: 10.16.0.0/15");
  });
});

describe("blueprint bundle", () => {
  it("writes the zip the API serves, byte for byte the same files", () => {
    const zipPath = join(dir, "reference.zip");
    const { code, stdout } = blueprint(["bundle", referenceFile, "-o", zipPath]);
    expect(code).toBe(0);
    expect(stdout).toContain(`wrote ${zipPath}: ${expected.length} files`);
    const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
    expect(Object.keys(entries).sort()).toEqual(expected.map((file) => file.path).sort());
    for (const file of expected) expect(strFromU8(entries[file.path]!)).toBe(file.content);
  });

  it("exits 2 on an invalid design with the zod paths, and writes nothing", () => {
    const broken = structuredClone(reference) as unknown as { cluster: { name: string }; ipPlan: { podPools: { cidr: string }[] } };
    broken.cluster.name = "Prod Cluster";
    broken.ipPlan.podPools[1]!.cidr = "10.1.0.1/16";
    const zipPath = join(dir, "broken.zip");
    const { code, stderr } = blueprint(["bundle", "-", "-o", zipPath], JSON.stringify(broken));
    expect(code).toBe(2);
    expect(stderr).toContain("standard input is not a valid design:");
    expect(stderr).toContain("/cluster/name: must be a DNS-1123 label");
    expect(stderr).toContain("/ipPlan/podPools/1/cidr:");
    expect(() => statSync(zipPath)).toThrow();
    expect(blueprint(["render", "-", "--out", join(dir, "broken")], JSON.stringify(broken)).code).toBe(2);
  });

  it("exits 2 without an output path", () => {
    const { code, stderr } = blueprint(["bundle", referenceFile]);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe("usage: blueprint bundle <file|-> -o <out.zip>");
  });
});
