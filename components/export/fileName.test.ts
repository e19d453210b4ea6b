import { describe, expect, it } from "vitest";
import { downloadFileName } from "./fileName";

describe("downloadFileName", () => {
  it("adds the extension to a design name", () => {
    expect(downloadFileName("starter-500-fabric", "png")).toBe("starter-500-fabric.png");
  });

  it("does not add the extension twice, whatever its case", () => {
    expect(downloadFileName("fabric.svg", "svg")).toBe("fabric.svg");
    expect(downloadFileName("fabric.SVG", "svg")).toBe("fabric.SVG");
  });

  it("replaces characters Windows forbids in file names, so the browser does not rename the file", () => {
    expect(downloadFileName('a/b\\c:d*e?f"g<h>i|j', "png")).toBe("a-b-c-d-e-f-g-h-i-j.png");
  });

  it("names an empty or dot-only name 'diagram'", () => {
    expect(downloadFileName("  ", "png")).toBe("diagram.png");
    expect(downloadFileName("..", "zip")).toBe("diagram.zip");
  });
});
