import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it("keeps paths of this site", () => {
    expect(safeNext("/designs/abc?x=1")).toBe("/designs/abc?x=1");
    expect(safeNext("/invites/tok")).toBe("/invites/tok");
  });

  it("sends anything that could leave the site to the design list", () => {
    for (const next of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "", undefined, null]) {
      expect(safeNext(next)).toBe("/");
    }
  });
});
