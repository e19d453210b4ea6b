// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getTemplate } from "@/lib/design";
import { DesignForm } from "./DesignForm";
import { FlowForm } from "./FlowForm";
import { PodPoolForm } from "./PodPoolForm";
import { RackGroupForm } from "./RackGroupForm";

afterEach(cleanup);

/** The inline error a field shows: the element its aria-describedby names. */
function errorOf(label: string): string | null {
  const input = screen.getByLabelText(label);
  if (input.getAttribute("aria-invalid") !== "true") return null;
  const ids = input.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe("rack group form", () => {
  const design = getTemplate("starter-500");
  const group = design.racks[0]!;

  it("shows the schema's error next to the field, with the field's label, and does not commit", () => {
    const onCommit = vi.fn();
    render(<RackGroupForm design={design} group={group} onCommit={onCommit} />);
    type("Racks", "0");
    expect(errorOf("Racks")).toMatch(/^Racks: .*(>0|greater than 0|positive)/i);
    type("Racks", "twelve");
    expect(errorOf("Racks")).toBe("Racks: must be a number");
    expect(onCommit).not.toHaveBeenCalled();
  });

  it("commits a valid value with the field it came from, and clears the error", () => {
    const onCommit = vi.fn();
    render(<RackGroupForm design={design} group={group} onCommit={onCommit} />);
    type("Racks", "0");
    type("Racks", "12");
    expect(errorOf("Racks")).toBeNull();
    expect(onCommit).toHaveBeenLastCalledWith({ ...group, count: 12 }, "count");
  });

  it("rejects names that are not DNS-1123 labels or that another rack group has", () => {
    const onCommit = vi.fn();
    render(<RackGroupForm design={design} group={group} onCommit={onCommit} />);
    type("Name", "Compute_A");
    expect(errorOf("Name")).toMatch(/^Name: must be a DNS-1123 label/);
    type("Name", "infra");
    expect(errorOf("Name")).toBe('Name: "infra" is already the name of another rack group');
    expect(onCommit).not.toHaveBeenCalled();
  });

  it("checks placement rows: nodes per rack must be positive, a pool is placed once", () => {
    const infra = design.racks[1]!;
    const onCommit = vi.fn();
    render(<RackGroupForm design={design} group={infra} onCommit={onCommit} />);
    type("Nodes per rack 2", "-1");
    expect(errorOf("Nodes per rack 2")).toMatch(/^Nodes per rack 2: /);
    type("Nodes per rack 2", "6");
    fireEvent.change(screen.getByLabelText("Node pool 3"), { target: { value: "storage" } });
    expect(errorOf("Node pool 3")).toBe('Node pool 3: "storage" is placed twice in this rack group');
  });
});

describe("pod pool form", () => {
  const design = getTemplate("starter-500");
  const pool = design.ipPlan.podPools[0]!;

  it("reports CIDRs with host bits set and block sizes outside Calico's range", () => {
    const onCommit = vi.fn();
    render(<PodPoolForm design={design} pool={pool} onCommit={onCommit} />);
    type("CIDR", "10.16.0.1/15");
    expect(errorOf("CIDR")).toMatch(/^CIDR: .*host bits set; the network is 10\.16\.0\.0\/15/);
    type("CIDR", "10.16.0.0/15");
    type("Block size (prefix length)", "18");
    expect(errorOf("Block size (prefix length)")).toBe("Block size (prefix length): blockSize for an IPv4 pool must be between 20 and 32");
    type("Block size (prefix length)", "24");
    expect(onCommit).toHaveBeenLastCalledWith({ ...pool, blockSize: 24 }, "blockSize");
  });
});

describe("flow form", () => {
  it("checks ports: a range may not end below its start", () => {
    const design = getTemplate("starter-500");
    const onCommit = vi.fn();
    render(<FlowForm design={design} flow={design.flows[0]!} onCommit={onCommit} />);
    type("End port 1", "80");
    expect(errorOf("End port 1")).toBe("End port 1: endPort must not be below port");
    type("End port 1", "8090");
    expect(onCommit).toHaveBeenLastCalledWith({ from: "frontend", to: "backend", ports: [{ protocol: "TCP", port: 8080, endPort: 8090 }] }, "ports.0.endPort");
  });
});

describe("design settings form", () => {
  it("checks each section by its own schema and commits to that section", () => {
    const design = getTemplate("reference-5000");
    const commits: Array<[string, unknown]> = [];
    const onCommit = (section: string) => (next: unknown) => commits.push([section, next]);
    render(<DesignForm design={design} onCommit={onCommit} />);
    type("Ceph nearfull ratio", "1.2");
    expect(errorOf("Ceph nearfull ratio")).toMatch(/^Ceph nearfull ratio: .*<1/);
    type("daily-data: window (hours)", "30");
    expect(errorOf("daily-data: window (hours)")).toMatch(/^daily-data: window \(hours\): .*<=24/);
    expect(commits).toEqual([]);
    type("Service CIDR", "10.96.0.0/16");
    expect(commits).toEqual([["ipPlan", { ...design.ipPlan, serviceCidr: "10.96.0.0/16" }]]);
  });
});
