import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getTemplate } from "../../lib/design";

// The real command, as `npx blueprint` runs it: bin/blueprint.mjs through Node.
const cli = fileURLToPath(new URL("../blueprint.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "blueprint-cli-"));

function blueprint(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8", timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const reference = JSON.stringify(getTemplate("reference-5000"));
const starter = JSON.stringify(getTemplate("starter-500"));

describe("blueprint CLI", () => {
  it("prints a template that is the template document", () => {
    const { code, stdout } = blueprint(["template", "starter-500"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(getTemplate("starter-500"));
  });

  it("check exits 1 on the reference design, whose worker pool is exhausted", () => {
    const { code, stdout } = blueprint(["check", file("reference.json", reference)]);
    expect(code).toBe(1);
    expect(stdout).toContain("ip.pool.block-exhaustion  /ipPlan/podPools/1/cidr");
    expect(stdout).toContain("1 error, 1 warning, 0 info");
  });

  it("check exits 0 on the starter design", () => {
    const { code, stdout } = blueprint(["check", file("starter.json", starter)]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe("0 errors, 0 warnings, 0 info");
  });

  it("check exits 2 on an invalid design and prints the zod paths", () => {
    const broken = JSON.parse(starter);
    broken.ipPlan.podPools[0].cidr = "10.16.0.1/15";
    broken.racks[0].count = -1;
    const { code, stderr } = blueprint(["check", file("broken.json", JSON.stringify(broken))]);
    expect(code).toBe(2);
    expect(stderr).toContain("/ipPlan/podPools/0/cidr: ");
    expect(stderr).toContain("/racks/0/count: ");
  });

  it("exits 2 on bad JSON, a missing file and bad usage", () => {
    expect(blueprint(["check", file("bad.json", "{ not json")]).code).toBe(2);
    const missing = blueprint(["check", join(dir, "missing.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read");
    expect(blueprint(["check"]).code).toBe(2);
    expect(blueprint(["template", "huge"]).code).toBe(2);
    expect(blueprint(["frobnicate"]).code).toBe(2);
    expect(blueprint(["plan", "x.json", "--yaml"]).code).toBe(2);
  });

  it('reads standard input for "-"', () => {
    expect(blueprint(["check", "-"], reference).code).toBe(1);
    expect(blueprint(["check", "-"], starter).code).toBe(0);
    expect(blueprint(["check", "-"], "[]").code).toBe(2);
  });

  it("plan --json prints the plan object", () => {
    const { code, stdout } = blueprint(["plan", "-", "--json"], reference);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.metrics.ip.pools[1]).toMatchObject({ name: "workers", cidr: "10.1.0.0/16", blockSize: 26, blocks: 1024, nodes: 4675, blocksNeeded: 9350 });
    expect(plan.metrics.fabric).toMatchObject({ aggregateDemandGbps: 10_000, maxOversubscription: 1.25, spinePortsNeeded: 250, spinePortsAvailable: 256, bisectionGbps: 100_000 });
    expect(plan.metrics.storage.tiers.map((t: any) => t.tier)).toEqual(["nvme", "ssd", "hdd"]);
  });

  it("plan prints a readable summary with findings by severity and key metrics", () => {
    const { code, stdout } = blueprint(["plan", file("reference2.json", reference)]);
    expect(code).toBe(0);
    expect(stdout).toContain("Plan of reference-5000: 5,000 nodes, 250 leaves, 8 spines");
    expect(stdout.indexOf("Errors (1)")).toBeLessThan(stdout.indexOf("Warnings (1)"));
    expect(stdout).toContain("spine ports 250 of 256 per spine");
    expect(stdout).toContain("pool workers 10.1.0.0/16: 9,350 of 1,024 blocks (913.1%), suggested 10.16.0.0/12");
  });

  it("prints help", () => {
    const { code, stdout } = blueprint(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("blueprint check <file|->");
  });
});
