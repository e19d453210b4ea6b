import { describe, expect, it } from "vitest";
import { getTemplate, parseDesign, type Design } from "@/lib/design";
import { renderBundle } from "./bundle";
import { boundedName, fnv1a32 } from "./names";
import { objectsOf } from "./testing/bundle";
import { planOf } from "./testing/plan";

describe("boundedName", () => {
  it("joins short parts unchanged", () => {
    expect(boundedName(["backend", "allow-from", "frontend"])).toBe("backend-allow-from-frontend");
  });

  it("cuts a name past 63 characters and ends it with a hash of the whole name", () => {
    const zone = "z".repeat(40);
    const name = boundedName([zone, "allow-from", "a".repeat(40)]);
    // 63 = 54 kept + "-" + 8 hex digits; 54 = 40 "z" + "-allow-from-" (12) + "aa".
    expect(name).toHaveLength(63);
    expect(name).toBe(`${zone}-allow-from-aa-${fnv1a32(`${zone}-allow-from-${"a".repeat(40)}`).toString(16).padStart(8, "0")}`);
    expect(name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    // Two long names that differ only past the cut stay distinct.
    expect(boundedName([zone, "allow-from", `${"a".repeat(39)}b`])).not.toBe(name);
  });

  it("is the FNV-1a hash of the reference vectors", () => {
    // FNV-1a 32-bit test vectors (http://www.isthe.com/chongo/src/fnv/test_fnv.c): "" and "a".
    expect(fnv1a32("")).toBe(0x811c9dc5);
    expect(fnv1a32("a")).toBe(0xe40c292c);
  });

  it("replaces characters a Kubernetes name cannot hold", () => {
    expect(boundedName(["Evil: {x}\nkind", "Secret"])).toBe("evil-x-kind-secret");
  });
});

describe("hostile designs", () => {
  const reference = getTemplate("reference-5000");

  it("are rejected by the schema when a name tries YAML injection", () => {
    const result = parseDesign({ ...reference, cluster: { ...reference.cluster, name: "prod\nkind: Secret" }, zones: [{ name: "a: b", namespaces: ["x"] }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["/cluster/name", "/zones/0/name"]));
  });

  it("keep every derived name of 63-character zones within 63 characters, unique and valid", () => {
    const long = (letter: string) => letter.repeat(63);
    const input = {
      ...reference,
      zones: [
        { name: long("a"), namespaces: ["one"] },
        { name: long("b"), namespaces: ["two"] },
      ],
      flows: [
        { from: long("a"), to: long("b"), ports: [{ protocol: "TCP" as const, port: 80 }] },
        { from: long("b"), to: long("a"), ports: [] },
      ],
    };
    const parsed = parseDesign(input);
    expect(parsed.ok).toBe(true);
    const design = (parsed as { design: Design }).design;
    const files = renderBundle(design, planOf(design));
    const names = [...objectsOf(files, `network-policies/${long("a")}.yaml`), ...objectsOf(files, `network-policies/${long("b")}.yaml`)].map((p) => p.metadata.name);
    expect(names).toHaveLength(8);
    expect(new Set(names).size).toBe(8);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(63);
      expect(name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    }
  });
});
