import { describe, expect, it } from "vitest";
import { formatNumber, percent } from "./format";

describe("formatNumber", () => {
  it.each([
    [9350, "9,350"],
    [1024, "1,024"],
    [1.25, "1.25"],
    [1.2, "1.2"],
    [2.0, "2"],
    [0.123456, "0.12"],
    [-1500000, "-1,500,000"],
    [1234.5678, "1,234.57"],
  ])("writes %d as %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it("writes percentages with one decimal", () => {
    // 9,350 / 1,024 = 9.1308... -> 913.1%
    expect(percent(9350 / 1024)).toBe(913.1);
  });
});
