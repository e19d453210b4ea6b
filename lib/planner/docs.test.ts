import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogue } from "./catalogue";
import { findingsTable, metricsTable, withCatalogueTables } from "./docs";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README catalogue tables", () => {
  it("are up to date (run `npm run docs` after changing a catalogue)", () => {
    expect(withCatalogueTables(readme)).toBe(readme);
  });

  it("list every finding code and the required ones", () => {
    const required = [
      "ip.cidr.invalid", "ip.overlap", "ip.pool.block-exhaustion", "ip.pool.usage-high", "ip.service-cidr.too-small",
      "fabric.oversubscription", "fabric.spine-ports-exceeded", "fabric.uplink-headroom", "fabric.route-table-exceeded",
      "fabric.bgp-full-mesh-at-scale", "fabric.latency-budget", "storage.failure-domains", "storage.capacity-after-failure",
      "storage.nearfull", "backup.window-exceeded", "backup.no-restore-test", "policy.unknown-zone", "policy.unreachable-zone", "scale.k8s-limit",
    ];
    expect(Object.keys(catalogue)).toEqual(expect.arrayContaining(required));
    for (const code of Object.keys(catalogue)) expect(findingsTable()).toContain(`| \`${code}\` |`);
    expect(metricsTable()).toContain("| `fabric.aggregateDemandGbps` | Gbps |");
  });

  it("replace only the text between the markers", () => {
    const text = "intro\n<!-- findings-catalogue:start -->\nold\n<!-- findings-catalogue:end -->\nmiddle\n<!-- metrics-catalogue:start --><!-- metrics-catalogue:end -->\nend";
    const updated = withCatalogueTables(text);
    expect(updated.startsWith("intro\n<!-- findings-catalogue:start -->\n| code |")).toBe(true);
    expect(updated).toContain("<!-- findings-catalogue:end -->\nmiddle\n");
    expect(updated.endsWith("<!-- metrics-catalogue:end -->\nend")).toBe(true);
    expect(() => withCatalogueTables("no markers")).toThrow(/markers/);
  });
});
