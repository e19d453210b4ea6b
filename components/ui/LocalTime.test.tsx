// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LocalTime } from "./LocalTime";

describe("LocalTime", () => {
  it("renders UTC on the server, saying so", () => {
    expect(renderToString(<LocalTime iso="2026-12-04T21:07:10.209Z" />)).toContain("Dec 4, 2026, 9:07 PM UTC");
  });

  it("shows the reader's time zone in the browser, with UTC in the tooltip", () => {
    process.env.TZ = "Asia/Tokyo";
    try {
      render(<LocalTime iso="2026-12-04T21:07:10.209Z" />);
      // 21:07 UTC is 06:07 the next morning in Tokyo (UTC+9).
      const time = screen.getByText("Dec 5, 2026, 6:07 AM");
      expect(time.getAttribute("datetime")).toBe("2026-12-04T21:07:10.209Z");
      expect(time.getAttribute("title")).toBe("Dec 4, 2026, 9:07 PM UTC");
    } finally {
      delete process.env.TZ;
    }
  });
});
