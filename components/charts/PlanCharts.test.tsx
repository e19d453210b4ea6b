// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/design";
import { plan } from "@/lib/planner";
import { PlanCharts } from "./PlanCharts";

const design = getTemplate("starter-500");
const starterPlan = plan(design);

/**
 * jsdom does no layout: charts would measure 0 x 0 and draw nothing. Give every element the size a
 * chart cell has in the studio, and a ResizeObserver that reports it once.
 */
const layout = { width: 640, height: 260 };
const saved = { clientWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, "clientWidth"), clientHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, "clientHeight") };

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => layout.width });
  Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => layout.height });
  globalThis.ResizeObserver = class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      this.callback([{ target, contentRect: { ...layout } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  };
});

afterAll(() => {
  if (saved.clientWidth) Object.defineProperty(HTMLElement.prototype, "clientWidth", saved.clientWidth);
  if (saved.clientHeight) Object.defineProperty(HTMLElement.prototype, "clientHeight", saved.clientHeight);
});

afterEach(cleanup);

function chart(title: string) {
  return screen.getByRole("figure", { name: title });
}

function legend(figure: HTMLElement): string[] {
  return Array.from(figure.querySelectorAll(".recharts-legend-item-text")).map((item) => item.textContent ?? "");
}

describe("PlanCharts of starter-500", () => {
  it("shows the four charts with their titles and readings", () => {
    render(<PlanCharts plan={starterPlan} design={design} />);
    expect(screen.getByRole("region", { name: "Charts of starter-500" })).toBeTruthy();
    const figures = screen.getAllByRole("figure");
    expect(figures).toEqual(["Bandwidth", "IP pools", "Storage", "Growth"].map(chart));
    // compute leaves: 400 Gbps up over 37.8 Gbps demand = 10.58x; infra: 400 / 19.5 = 20.5x;
    // spine: 11,200 / 648.7 = 17.27x.
    expect(within(chart("Bandwidth")).getByText("Tightest uplinks: compute at 10.58× expected demand; spine tier 17.27× cross-rack demand.")).toBeTruthy();
    expect(within(chart("IP pools")).getByText("Every pool stays below the 80% alert.")).toBeTruthy();
    // hdd: 288 TB usable x 0.85 = 244.8 TB nearfull; (244.8 - 100) / 5 TB a month = 28.96 months.
    expect(within(chart("Storage")).getByText("First to reach nearfull: hdd, 29 months.")).toBeTruthy();
  });

  it("labels every series in a legend, with units on the axes", () => {
    render(<PlanCharts plan={starterPlan} design={design} />);
    expect(legend(chart("Bandwidth"))).toEqual(["Downlink capacity", "Uplink capacity", "Expected demand (peak)", "Spine capacity", "Cross-rack demand (peak)"]);
    expect(legend(chart("IP pools"))).toEqual(["Blocks used", "Addresses used"]);
    expect(legend(chart("Storage"))).toEqual(["Raw", "Usable", "Expected data", "Months until nearfull"]);
    expect(legend(chart("Growth"))).toEqual(["Kubernetes limits", "IP plan", "Fabric"]);
    const axisLabels = Array.from(document.querySelectorAll(".recharts-label")).map((label) => label.textContent);
    expect(axisLabels).toEqual(expect.arrayContaining(["Gbps", "utilization (%)", "TB", "months", "nodes", "of nearest limit (%)", "Alert 80%"]));
  });

  it("draws one bar group per rack group and pool, and leaves out the empty nvme tier", () => {
    render(<PlanCharts plan={starterPlan} design={design} />);
    // The categories of each card's first chart.
    const ticks = (title: string) =>
      Array.from(chart(title).querySelector(".recharts-xAxis-tick-labels")?.querySelectorAll(".recharts-cartesian-axis-tick-value") ?? []).map((tick) => tick.textContent);
    expect(ticks("Bandwidth")).toEqual(["compute", "infra"]);
    expect(ticks("IP pools")).toEqual(["workers", "infra"]);
    expect(ticks("Storage")).toEqual(["ssd", "hdd"]);
  });

  it("moves the growth slider and says which first limits the larger cluster reaches", () => {
    render(<PlanCharts plan={starterPlan} design={design} />);
    const growth = chart("Growth");
    const slider = within(growth).getByRole("slider", { name: "Node count" });
    const statuses = () => within(within(growth).getByRole("list", { name: "First limit per concern" })).getAllByRole("listitem").map((item) => item.textContent);
    expect(statuses()).toEqual([
      "Kubernetes limitspods at 1,364 nodes (2.73×)864 nodes to go",
      'IP planblocks of pod pool "infra" at 762 nodes (1.52×)262 nodes to go',
      "Fabricspine ports at 1,143 nodes (2.29×)643 nodes to go",
    ]);
    // Step 2 of the planner's points: 2x = 1,000 nodes, past the infra pool (762) only.
    fireEvent.change(slider, { target: { value: "2" } });
    expect(within(growth).getByText("1,000 nodes")).toBeTruthy();
    expect(statuses()).toEqual([
      "Kubernetes limitspods at 1,364 nodes (2.73×)364 nodes to go",
      'IP planblocks of pod pool "infra" at 762 nodes (1.52×)reached',
      "Fabricspine ports at 1,143 nodes (2.29×)143 nodes to go",
    ]);
  });
});
