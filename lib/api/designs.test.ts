import { describe, expect, it } from "vitest";
import { getTemplate } from "../design";
import { createDesignBodySchema, exportFilename, newDesignFromImport } from "./designs";
import { HttpError } from "./errors";

describe("design API contract", () => {
  it("needs exactly one of template and document", () => {
    const document = getTemplate("empty");
    expect(createDesignBodySchema.safeParse({ name: "a", template: "empty" }).success).toBe(true);
    expect(createDesignBodySchema.safeParse({ name: "a", document }).success).toBe(true);
    expect(createDesignBodySchema.safeParse({ name: "a" }).success).toBe(false);
    expect(createDesignBodySchema.safeParse({ name: "a", template: "empty", document }).success).toBe(false);
  });

  it("reports document issues at their place in the body", () => {
    const result = createDesignBodySchema.safeParse({
      name: "a",
      document: { schemaVersion: 1, cluster: { name: "Not_DNS" } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("/"))).toContain("document/cluster/name");
  });

  it("imports an exported file or a bare document", () => {
    const document = getTemplate("starter-500");
    expect(newDesignFromImport({ format: "blueprint-design", name: "Lab", description: "d", document })).toMatchObject({
      name: "Lab",
      description: "d",
      document,
    });
    expect(newDesignFromImport(document)).toMatchObject({ name: document.cluster.name, document });
    expect(() => newDesignFromImport({ format: "other", name: "x", document })).toThrow(HttpError);
  });

  it("names export files safely", () => {
    expect(exportFilename("Frankfurt DC1", 3)).toBe("Frankfurt-DC1-r3.blueprint.json");
    expect(exportFilename('../../etc/"passwd"', 1)).toBe("etc-passwd-r1.blueprint.json");
    expect(exportFilename("Zürich / Süd", 2)).toBe("Zurich-Sud-r2.blueprint.json");
    expect(exportFilename("???", 1)).toBe("design-r1.blueprint.json");
  });
});
